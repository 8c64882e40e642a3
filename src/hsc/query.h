/*
 * What one command-line argument asks for: a code (404), a class or
 * pattern (4, 4xx, 41x, 5x3), a range (500-504), or words to search;
 * and answering the arguments, in order, into a list of results.
 */
#ifndef HSC_QUERY_H
#define HSC_QUERY_H

#include <stddef.h>

struct hsc_code;
struct result;

enum qkind {
	Q_CODE,
	Q_PATTERN,
	Q_RANGE,
	Q_WORDS
};

struct query {
	enum qkind	 kind;
	int		 lo, hi;	/* Q_CODE, Q_RANGE */
	int		 sub;		/* Q_CODE: IIS substatus (500.19), or -1 */
	char		 pat[4];	/* Q_PATTERN: digits and 'x' */
	char		*text;		/* the argument, NFKC, trimmed */
	int		 alone;		/* a search of its own (a line of
					   stdin), never joined to others */
};

/* The answers, in the order the queries were given. */
struct results {
	struct result	*r;
	size_t		 n;
	size_t		 cap;
	unsigned char	*seen;		/* by entry: already in r */
};

struct hsc_error;

int	query_parse(const char *, struct query *, struct hsc_error *);
int	query_match(const struct query *, int);
char	*query_normal(const char *);
int	query_prepare(const char *, int, struct query *, struct hsc_error *);
void	results_add(struct results *, const struct hsc_code *, int, int);
int	results_class(struct results *, int);
void	results_free(struct results *);
int	query_answer(struct results *, struct query *, int, int);

#endif

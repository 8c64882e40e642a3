/*
 * Searching the table's names and texts for words.
 */
#ifndef HSC_SEARCH_H
#define HSC_SEARCH_H

#include <stddef.h>

struct hsc_code;
struct query;
struct results;

/* An entry that matched: its score, and the best key a word met. */
struct hit {
	const struct hsc_code	*c;
	int			 score;
	int			 match;		/* enum hsc_key */
};

struct search {
	struct hit	*hits;		/* room for hsc_ncodes, best first */
	size_t		 n;
	char		*fixed;		/* the query as corrected, or NULL */
	int		 partial;	/* no entry matches every word */
};

void	search_run(const char *, struct search *);
int	search_answer(struct results *, const struct query *, int);

#endif

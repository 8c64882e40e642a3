/*
 * What one command-line argument asks for: a code (404), a class or
 * pattern (4, 4xx, 41x, 5x3), a range (500-504), or words to search.
 */
#ifndef HSC_QUERY_H
#define HSC_QUERY_H

#include <stddef.h>

enum qkind {
	Q_CODE,
	Q_PATTERN,
	Q_RANGE,
	Q_WORDS
};

struct query {
	enum qkind	kind;
	int		lo, hi;		/* Q_CODE, Q_RANGE */
	char		pat[4];		/* Q_PATTERN: digits and 'x' */
};

int	query_parse(const char *, struct query *, char *, size_t);
int	query_match(const struct query *, int);

#endif

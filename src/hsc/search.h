/*
 * Searching the table's names and texts for words.
 */
#ifndef HSC_SEARCH_H
#define HSC_SEARCH_H

#include <stddef.h>

struct hsc_code;
struct query;
struct results;

enum rank {
	RANK_EXACT,	/* the query is a name, whole */
	RANK_NAME,	/* every word is in the names */
	RANK_SUMMARY,	/* ... in the names or summaries */
	RANK_DETAIL,	/* ... somewhere in the texts */
	RANK_NONE
};

struct hit {
	const struct hsc_code	*c;
	int			 rank;
};

size_t	search_run(const char *, struct hit *);
int	search_answer(struct results *, const struct query *, int);

#endif

/*
 * Counting distinct values in bounded memory: exact counts until a
 * table holds its most values, then the space-saving algorithm.
 */
#ifndef HSC_TOPN_H
#define HSC_TOPN_H

#include <stddef.h>

/* The most values one table counts exactly. */
#define TOPN_MAX	4096
/* The most values all the tables of one tally hold. */
#define TOPN_BUDGET	262144

struct topn;

/*
 * One counted value.  Its true count lies between count - err and
 * count; err is 0 for an exact count.
 */
struct topn_row {
	const char		*key;
	size_t			 len;
	unsigned long long	 count;
	unsigned long long	 err;
};

struct topn	*topn_new(size_t *);
void		 topn_free(struct topn *);
void		 topn_add(struct topn *, const char *, size_t,
		    unsigned long long);
void		 topn_merge(struct topn *, const struct topn *);
size_t		 topn_rows(const struct topn *, struct topn_row *, size_t);
size_t		 topn_size(const struct topn *);
int		 topn_approx(const struct topn *);

#endif

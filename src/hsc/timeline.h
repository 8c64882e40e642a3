/*
 * Counts per time bucket, in bounded memory: the buckets grow coarser
 * as the span of the log grows.
 */
#ifndef HSC_TIMELINE_H
#define HSC_TIMELINE_H

#include <stddef.h>

/* a / b rounded down, for times before 1970 too (b > 0). */
static inline long long
tl_floordiv(long long a, long long b)
{
	return a >= 0 ? a / b : -((-a + b - 1) / b);
}

/* The most buckets kept; a longer span makes them coarser. */
#define TL_BUCKETS	8192

struct timeline {
	long long		 unit;	/* seconds a bucket spans */
	long long		 lo;	/* the first bucket: its start / unit */
	size_t			 nb;	/* buckets from lo on (0: none yet) */
	int			 nseries;
	unsigned long long	*v;	/* TL_BUCKETS rows of nseries */
};

/* Buckets to show: n of unit seconds from start (UTC), aligned locally. */
struct tl_view {
	long long		 unit;
	long long		 start;
	size_t			 n;
	int			 nseries;
	unsigned long long	*v;	/* n rows of nseries */
};

extern const long long	 tl_units[];
extern const size_t	 tl_nunits;

void	tl_init(struct timeline *, int, long long);
void	tl_free(struct timeline *);
void	tl_add(struct timeline *, long long, int);
void	tl_merge(struct timeline *, const struct timeline *);
long long tl_unit(const char *);
long long tl_pick(const struct timeline *, long long, size_t);
void	tl_view(const struct timeline *, long long, int, struct tl_view *);
void	tl_view_free(struct tl_view *);

#endif

/*
 * Distinct values and their counts, in bounded memory.  A table counts
 * every value exactly until it holds TOPN_MAX of them, or until the
 * tables of one tally hold TOPN_BUDGET in all (the budget is shared
 * through a counter).  From then on it keeps that many counters and
 * runs the space-saving algorithm (Metwally, Agrawal, El Abbadi,
 * "Efficient computation of frequent and top-k elements in data
 * streams", 2005): a new value takes the place of the one with the
 * smallest count, and inherits that count as its error.  Any value
 * more frequent than that smallest count is still in the table, with a
 * count too high by at most its error; the rows say so.
 *
 * The values live in a hash table (chains of indices), and, once the
 * table is full, in a min-heap by count.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "topn.h"
#include "xalloc.h"

/* A table starts with room for this many values. */
#define TOPN_MIN	16

struct entry {
	char			*key;
	size_t			 len;
	uint64_t		 hash;
	unsigned long long	 n;
	unsigned long long	 err;
	int32_t			 next;	/* in its hash chain, or -1 */
	int32_t			 pos;	/* in the heap */
};

struct topn {
	struct entry	*e;
	size_t		 ne;		/* values held */
	size_t		 room;		/* allocated in e */
	int32_t		*chain;		/* by hash: first entry, or -1 */
	size_t		 nchain;	/* a power of two */
	int32_t		*heap;		/* entries, the smallest count first */
	int		 full;		/* space-saving from now on */
	size_t		*budget;	/* values all tables may still add */
};

static uint64_t	 hash(const char *, size_t);
static int32_t	 find(const struct topn *, const char *, size_t, uint64_t);
static void	 link_entry(struct topn *, int32_t);
static void	 unlink_entry(struct topn *, int32_t);
static void	 rehash(struct topn *, size_t);
static void	 sift_down(struct topn *, size_t);
static void	 make_heap(struct topn *);
static int	 cmp_entries(const void *, const void *);
static int	 cmp_rows(const void *, const void *);

/* A fast hash of bytes: eight at a time, multiplied and folded. */
static uint64_t
hash(const char *s, size_t n)
{
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ n, w;

	while (n >= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdULL;
		h ^= h >> 32;
		s += 8;
		n -= 8;
	}
	if (n > 0) {
		w = 0;
		memcpy(&w, s, n);
		h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
	}
	h ^= h >> 29;
	return h;
}

/*
 * A new table, drawing from the shared budget *budget (which the
 * caller sets to TOPN_BUDGET for each tally).
 */
struct topn *
topn_new(size_t *budget)
{
	struct topn *t = xcalloc(1, sizeof(*t));

	t->budget = budget;
	t->room = TOPN_MIN;
	t->e = xreallocarray(NULL, t->room, sizeof(*t->e));
	rehash(t, TOPN_MIN * 2);
	if (*budget >= TOPN_MIN)
		*budget -= TOPN_MIN;
	else
		*budget = 0;
	return t;
}

void
topn_free(struct topn *t)
{
	size_t i;

	if (t == NULL)
		return;
	for (i = 0; i < t->ne; i++)
		free(t->e[i].key);
	free(t->e);
	free(t->chain);
	free(t->heap);
	free(t);
}

static int32_t
find(const struct topn *t, const char *k, size_t n, uint64_t h)
{
	int32_t i;

	for (i = t->chain[h & (t->nchain - 1)]; i >= 0; i = t->e[i].next)
		if (t->e[i].hash == h && t->e[i].len == n &&
		    memcmp(t->e[i].key, k, n) == 0)
			return i;
	return -1;
}

static void
link_entry(struct topn *t, int32_t i)
{
	size_t b = t->e[i].hash & (t->nchain - 1);

	t->e[i].next = t->chain[b];
	t->chain[b] = i;
}

static void
unlink_entry(struct topn *t, int32_t i)
{
	int32_t *p = &t->chain[t->e[i].hash & (t->nchain - 1)];

	while (*p != i)
		p = &t->e[*p].next;
	*p = t->e[i].next;
}

/* Rebuilds the chains with n of them. */
static void
rehash(struct topn *t, size_t n)
{
	size_t i;

	free(t->chain);
	t->nchain = n;
	t->chain = xreallocarray(NULL, n, sizeof(*t->chain));
	for (i = 0; i < n; i++)
		t->chain[i] = -1;
	for (i = 0; i < t->ne; i++)
		link_entry(t, (int32_t)i);
}

/* Restores the heap below position p, whose count may have grown. */
static void
sift_down(struct topn *t, size_t p)
{
	size_t c;
	int32_t x = t->heap[p];

	for (;;) {
		c = 2 * p + 1;
		if (c >= t->ne)
			break;
		if (c + 1 < t->ne && t->e[t->heap[c + 1]].n < t->e[t->heap[c]].n)
			c++;
		if (t->e[t->heap[c]].n >= t->e[x].n)
			break;
		t->heap[p] = t->heap[c];
		t->e[t->heap[p]].pos = (int32_t)p;
		p = c;
	}
	t->heap[p] = x;
	t->e[x].pos = (int32_t)p;
}

static void
make_heap(struct topn *t)
{
	size_t i;

	t->heap = xreallocarray(NULL, t->ne, sizeof(*t->heap));
	for (i = 0; i < t->ne; i++) {
		t->heap[i] = (int32_t)i;
		t->e[i].pos = (int32_t)i;
	}
	for (i = t->ne / 2; i-- > 0;)
		sift_down(t, i);
	t->full = 1;
}

/* Counts the value k[0..n-1] w more times. */
void
topn_add(struct topn *t, const char *k, size_t n, unsigned long long w)
{
	uint64_t h = hash(k, n);
	int32_t i = find(t, k, n, h);
	struct entry *x;

	if (i >= 0) {
		t->e[i].n += w;
		if (t->full)
			sift_down(t, (size_t)t->e[i].pos);
		return;
	}
	if (!t->full && t->ne == t->room) {
		if (t->room < TOPN_MAX && *t->budget > 0) {
			/* Grow as the budget allows, to at most TOPN_MAX. */
			size_t more = t->room;

			if (t->room + more > TOPN_MAX)
				more = TOPN_MAX - t->room;
			if (more > *t->budget)
				more = *t->budget;
			*t->budget -= more;
			t->room += more;
			t->e = xreallocarray(t->e, t->room, sizeof(*t->e));
			if (t->room > t->nchain)
				rehash(t, t->nchain * 2 >= t->room ?
				    t->nchain * 2 : t->nchain * 4);
		} else
			make_heap(t);
	}
	if (!t->full) {
		x = &t->e[t->ne];
		x->key = xstrndup(k, n);
		x->len = n;
		x->hash = h;
		x->n = w;
		x->err = 0;
		link_entry(t, (int32_t)t->ne);
		t->ne++;
		return;
	}
	/* Space-saving: the new value replaces the least counted one. */
	i = t->heap[0];
	x = &t->e[i];
	unlink_entry(t, i);
	free(x->key);
	x->key = xstrndup(k, n);
	x->len = n;
	x->hash = h;
	x->err = x->n;
	x->n += w;
	link_entry(t, i);
	sift_down(t, 0);
}

/*
 * Adds the counts of src to t.  Exact counts add up exactly; where a
 * table was full, a value it lacks may have had up to its smallest
 * count, which is added to the value's count and error (the merge of
 * Agarwal et al., "Mergeable summaries", 2012).  The union keeps as
 * many values as the two tables had room for, at most TOPN_MAX; past
 * that, the most counted.
 */
void
topn_merge(struct topn *t, const struct topn *src)
{
	unsigned long long tmin = 0, smin = 0;
	struct entry *u;
	size_t i, n = 0, room;
	int32_t j;

	if (t->full && t->ne > 0)
		tmin = t->e[t->heap[0]].n;
	if (src->full && src->ne > 0)
		smin = src->e[src->heap[0]].n;
	u = xreallocarray(NULL, t->ne + src->ne, sizeof(*u));
	for (i = 0; i < t->ne; i++) {
		u[n] = t->e[i];
		if ((j = find(src, u[n].key, u[n].len, u[n].hash)) >= 0) {
			u[n].n += src->e[j].n;
			u[n].err += src->e[j].err;
		} else {
			u[n].n += smin;
			u[n].err += smin;
		}
		n++;
	}
	for (i = 0; i < src->ne; i++) {
		if (find(t, src->e[i].key, src->e[i].len,
		    src->e[i].hash) >= 0)
			continue;
		u[n] = src->e[i];
		u[n].key = xstrndup(src->e[i].key, src->e[i].len);
		u[n].n += tmin;
		u[n].err += tmin;
		n++;
	}
	room = t->room + src->room;
	if (room > TOPN_MAX)
		room = TOPN_MAX;
	free(t->e);
	free(t->heap);
	t->heap = NULL;
	t->full = t->full || src->full;
	if (n > room) {
		qsort(u, n, sizeof(*u), cmp_entries);
		for (i = room; i < n; i++)
			free(u[i].key);
		n = room;
		t->full = 1;
	}
	t->ne = n;
	t->room = room;
	t->e = xreallocarray(u, room, sizeof(*t->e));
	for (t->nchain = TOPN_MIN * 2; t->nchain < t->room; t->nchain *= 2)
		continue;
	rehash(t, t->nchain);
	if (t->full)
		make_heap(t);
}

/* Orders entries by count, most first. */
static int
cmp_entries(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;

	return x->n > y->n ? -1 : x->n < y->n;
}

static int
cmp_rows(const void *a, const void *b)
{
	const struct topn_row *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	if ((c = memcmp(x->key, y->key, n)) != 0)
		return c;
	return x->len < y->len ? -1 : x->len > y->len;
}

/*
 * Fills rows with the max most counted values, most first (ties by
 * value, bytewise); returns how many.
 */
size_t
topn_rows(const struct topn *t, struct topn_row *rows, size_t max)
{
	struct topn_row *all;
	size_t i, n;

	all = xreallocarray(NULL, t->ne, sizeof(*all));
	for (i = 0; i < t->ne; i++) {
		all[i].key = t->e[i].key;
		all[i].len = t->e[i].len;
		all[i].count = t->e[i].n;
		all[i].err = t->e[i].err;
	}
	qsort(all, t->ne, sizeof(*all), cmp_rows);
	n = t->ne < max ? t->ne : max;
	memcpy(rows, all, n * sizeof(*rows));
	free(all);
	return n;
}

size_t
topn_size(const struct topn *t)
{
	return t->ne;
}

/* Whether some count may be too high: the table ran out of room. */
int
topn_approx(const struct topn *t)
{
	return t->full;
}

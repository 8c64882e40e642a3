/*
 * The time view's counts.  Buckets are aligned to whole multiples of
 * their length since the epoch (UTC), and there are at most TL_BUCKETS
 * of them: when a time falls outside, every bucket is merged into the
 * next coarser length of tl_units, each a multiple of the one before,
 * until the span fits.  So the memory is fixed, and the buckets are as
 * fine as the span allows: a day at 30 s, two months at 10 min.
 */
#include <stdlib.h>
#include <string.h>

#include "timeline.h"
#include "xalloc.h"

const long long tl_units[] = {
	1, 5, 10, 30, 60, 300, 600, 1800, 3600, 10800, 21600, 43200, 86400,
	604800, 6048000, 60480000, 604800000
};
const size_t tl_nunits = sizeof(tl_units) / sizeof(tl_units[0]);

static int		 coarsen(struct timeline *);

/* Starts with nseries series and buckets of unit seconds (from tl_units). */
void
tl_init(struct timeline *tl, int nseries, long long unit)
{
	tl->unit = unit > 0 ? unit : 1;
	tl->lo = 0;
	tl->nb = 0;
	tl->nseries = nseries;
	tl->v = NULL;		/* until the first count */
}

void
tl_free(struct timeline *tl)
{
	free(tl->v);
	tl->v = NULL;
}

/*
 * Merges the buckets into those of the next length; returns 0, or -1
 * when none is coarser.
 */
static int
coarsen(struct timeline *tl)
{
	long long u = 0, nlo, j;
	size_t i, k, last = 0, ns = (size_t)tl->nseries;

	for (i = 0; i < tl_nunits; i++)
		if (tl_units[i] > tl->unit && tl_units[i] % tl->unit == 0) {
			u = tl_units[i];
			break;
		}
	if (u == 0)
		return -1;
	nlo = tl_floordiv(tl->lo * tl->unit, u);
	for (i = 0; i < tl->nb; i++) {
		j = tl_floordiv((tl->lo + (long long)i) * tl->unit, u) - nlo;
		if ((size_t)j != i)
			for (k = 0; k < ns; k++) {
				tl->v[(size_t)j * ns + k] += tl->v[i * ns + k];
				tl->v[i * ns + k] = 0;
			}
		last = (size_t)j;
	}
	if (tl->nb > 0)
		tl->nb = last + 1;
	tl->lo = nlo;
	tl->unit = u;
	return 0;
}

/* Counts one line of series s at time t (seconds since the epoch). */
void
tl_add(struct timeline *tl, long long t, int s)
{
	size_t ns = (size_t)tl->nseries, shift;
	long long b;

	if (tl->v == NULL)
		tl->v = xcalloc((size_t)TL_BUCKETS * ns, sizeof(*tl->v));
	for (;;) {
		b = tl_floordiv(t, tl->unit);
		if (tl->nb == 0) {
			tl->lo = b;
			tl->nb = 1;
			break;
		}
		if (b >= tl->lo && b - tl->lo < TL_BUCKETS) {
			if ((size_t)(b - tl->lo) >= tl->nb)
				tl->nb = (size_t)(b - tl->lo) + 1;
			break;
		}
		if (b < tl->lo && tl->lo + (long long)tl->nb - b <= TL_BUCKETS) {
			shift = (size_t)(tl->lo - b);
			memmove(tl->v + shift * ns, tl->v, tl->nb * ns *
			    sizeof(*tl->v));
			memset(tl->v, 0, shift * ns * sizeof(*tl->v));
			tl->lo = b;
			tl->nb += shift;
			break;
		}
		if (coarsen(tl) != 0)
			return;		/* beyond any span: not counted */
	}
	tl->v[(size_t)(b - tl->lo) * ns + (size_t)s]++;
}

/* Adds the counts of src (the same series) to tl. */
void
tl_merge(struct timeline *tl, const struct timeline *src)
{
	struct timeline s = *src;
	size_t i, k, ns = (size_t)tl->nseries;
	long long t;

	if (src->nb == 0)
		return;
	s.v = xreallocarray(NULL, (size_t)TL_BUCKETS * ns, sizeof(*s.v));
	memcpy(s.v, src->v, (size_t)TL_BUCKETS * ns * sizeof(*s.v));
	while (s.unit < tl->unit && coarsen(&s) == 0)
		continue;
	while (tl->unit < s.unit && coarsen(tl) == 0)
		continue;
	for (i = 0; i < s.nb; i++)
		for (k = 0; k < ns; k++) {
			if (s.v[i * ns + k] == 0)
				continue;
			t = (s.lo + (long long)i) * s.unit;
			/* Place one, then add the rest where it went. */
			tl_add(tl, t, (int)k);
			tl->v[(size_t)(tl_floordiv(t, tl->unit) - tl->lo) * ns +
			    k] += s.v[i * ns + k] - 1;
		}
	free(s.v);
}

/*
 * The bucket length a --timeline argument names: "30s", "15m", "1h",
 * "1d", "1w": a number and a unit, that divides a day (so that a
 * coarser length of tl_units is always a multiple of it) or is a week;
 * or -1.
 */
long long
tl_unit(const char *s)
{
	char *end;
	long v;
	long long u;

	if (*s < '0' || *s > '9')
		return -1;
	v = strtol(s, &end, 10);
	if (v <= 0 || v > 1000000)
		return -1;
	if (strcmp(end, "s") == 0 || *end == '\0')
		u = v;
	else if (strcmp(end, "m") == 0 || strcmp(end, "min") == 0)
		u = v * 60LL;
	else if (strcmp(end, "h") == 0)
		u = v * 3600LL;
	else if (strcmp(end, "d") == 0)
		u = v * 86400LL;
	else if (strcmp(end, "w") == 0)
		u = v * 604800LL;
	else
		return -1;
	return 86400 % u == 0 || u == 604800 ? u : -1;
}

/*
 * The bucket length to show: the shortest of these (or of tl_units,
 * past them) that is a multiple of the length kept and of want, and
 * cuts the span into at most most buckets; want itself when that is
 * enough.
 */
long long
tl_pick(const struct timeline *tl, long long want, size_t most)
{
	static const long long shown[] = {
		1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 300, 360, 600, 900,
		1200, 1800, 3600, 7200, 10800, 14400, 21600, 43200, 86400,
		172800, 604800
	};
	long long span = (long long)tl->nb * tl->unit, u = tl->unit, c;
	size_t i, n = sizeof(shown) / sizeof(shown[0]);

	if (want > u)
		u = want;
	if ((span + u - 1) / u + 1 <= (long long)most)
		return u;
	for (i = 0; i < n + tl_nunits; i++) {
		c = i < n ? shown[i] : tl_units[i - n];
		if (c <= u || c % u != 0)
			continue;
		/* Buckets of a span that starts and ends mid-bucket. */
		if ((span + c - 1) / c + 1 <= (long long)most)
			return c;
	}
	return tl_units[tl_nunits - 1] % u == 0 ? tl_units[tl_nunits - 1] : u;
}

/*
 * The buckets of unit seconds (a multiple of the kept length) from the
 * first count to the last, aligned to the local time of the offset tz
 * (minutes east), so that an hour or a day starts when the log's clock
 * says it does.
 */
void
tl_view(const struct timeline *tl, long long unit, int tz,
    struct tl_view *v)
{
	long long off = tz * 60LL, first, j;
	size_t i, k, ns = (size_t)tl->nseries;

	if (unit < tl->unit || unit % tl->unit != 0)
		unit = tl->unit;
	memset(v, 0, sizeof(*v));
	v->unit = unit;
	v->nseries = tl->nseries;
	if (tl->nb == 0) {
		v->v = xcalloc(1, sizeof(*v->v));
		return;
	}
	first = tl_floordiv(tl->lo * tl->unit + off, unit);
	v->n = (size_t)(tl_floordiv((tl->lo + (long long)tl->nb - 1) *
	    tl->unit + off, unit) - first + 1);
	v->start = first * unit - off;
	v->v = xcalloc(v->n * ns, sizeof(*v->v));
	for (i = 0; i < tl->nb; i++) {
		j = tl_floordiv((tl->lo + (long long)i) * tl->unit + off,
		    unit) - first;
		for (k = 0; k < ns; k++)
			v->v[(size_t)j * ns + k] += tl->v[i * ns + k];
	}
}

void
tl_view_free(struct tl_view *v)
{
	free(v->v);
	v->v = NULL;
}

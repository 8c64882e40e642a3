/*
 * Search.  The table carries its keys case-folded and NFKC-normalised
 * (hscgen did that at build time); the query gets the same treatment
 * from the caller, so matching is a plain byte search in UTF-8, which
 * cannot match half a character.
 */
#include <stdlib.h>
#include <string.h>

#include "codes.h"
#include "search.h"
#include "ustr.h"

static int	 is_line(const char *, const char *, size_t);
static int	 by_rank(const void *, const void *);

/* Whether key, a list of lines, has q[0..n-1] as one whole line. */
static int
is_line(const char *key, const char *q, size_t n)
{
	const char *p = key;

	while ((p = strstr(p, q)) != NULL) {
		if ((p == key || p[-1] == '\n') &&
		    (p[n] == '\0' || p[n] == '\n'))
			return 1;
		p++;
	}
	return 0;
}

/*
 * How well c answers the folded query q: every word of q must occur in
 * some key, and the rank is the least specific key a word needed.
 */
int
search_rank(const struct hsc_code *c, const char *q)
{
	char word[256];
	const char *w, *e;
	size_t n;
	int rank = RANK_NAME, k;

	q += strspn(q, " ");
	n = strlen(q);
	while (n > 0 && q[n - 1] == ' ')
		n--;
	if (n == 0)
		return RANK_NONE;
	if (strchr(q, '\n') == NULL && n < sizeof(word)) {
		memcpy(word, q, n);
		word[n] = '\0';
		if (is_line(c->key[KEY_NAME], word, n))
			return RANK_EXACT;
	}
	for (w = q; *w != '\0'; w = e + strspn(e, " ")) {
		char *big = NULL;
		const char *needle;

		e = w + strcspn(w, " ");
		n = (size_t)(e - w);
		if (n < sizeof(word)) {
			memcpy(word, w, n);
			word[n] = '\0';
			needle = word;
		} else {
			big = xmalloc(n + 1);
			memcpy(big, w, n);
			big[n] = '\0';
			needle = big;
		}
		for (k = 0; k < KEY_MAX; k++)
			if (strstr(c->key[k], needle) != NULL)
				break;
		free(big);
		if (k == KEY_MAX)
			return RANK_NONE;
		if (RANK_NAME + k > rank)
			rank = RANK_NAME + k;
	}
	return rank;
}

static int
by_rank(const void *a, const void *b)
{
	const struct hit *x = a, *y = b;

	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	/* The table is sorted by code: its order breaks ties. */
	return x->c < y->c ? -1 : x->c > y->c;
}

/*
 * Fills hits (room for hsc_ncodes) with the codes that match the
 * folded query, best first; returns how many.
 */
size_t
search_run(const char *q, struct hit *hits)
{
	size_t i, n = 0;
	int r;

	for (i = 0; i < hsc_ncodes; i++) {
		if ((r = search_rank(&hsc_codes[i], q)) == RANK_NONE)
			continue;
		hits[n].c = &hsc_codes[i];
		hits[n].rank = r;
		n++;
	}
	qsort(hits, n, sizeof(*hits), by_rank);
	return n;
}

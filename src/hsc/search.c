/*
 * Search.  hscgen folded every text at build time (full case folding,
 * NFKC) and indexed its words; the caller folds the query the same way.
 * A query word matches every indexed word that contains it, found by
 * one pass over the vocabulary; UTF-8 substring search cannot match
 * half a character.
 */
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "out.h"
#include "query.h"
#include "search.h"
#include "table.h"
#include "ustr.h"
#include "word.h"
#include "xalloc.h"

static int	 is_line(const char *, const char *, size_t);
static size_t	 word_at(size_t);
static void	 match_word(const char *, unsigned char *);
static int	 by_rank(const void *, const void *);

/* Whether lines, a list of lines, has q[0..n-1] as one whole line. */
static int
is_line(const char *lines, const char *q, size_t n)
{
	const char *p = lines;

	while ((p = strstr(p, q)) != NULL) {
		if ((p == lines || p[-1] == '\n') &&
		    (p[n] == '\0' || p[n] == '\n'))
			return 1;
		p++;
	}
	return 0;
}

/* The index of the word that holds offset off of the vocabulary. */
static size_t
word_at(size_t off)
{
	size_t lo = 0, hi = hsc_nwords, mid;

	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (hsc_words[mid].off <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/*
 * Sets best[e] to the best rank at which entry e holds a word that
 * contains w (RANK_NONE where none does).
 */
static void
match_word(const char *w, unsigned char *best)
{
	const char *p = hsc_vocab;
	const struct hsc_word *hw;
	unsigned int i, x;
	size_t id;
	int r;

	memset(best, RANK_NONE, hsc_ncodes);
	while ((p = strstr(p, w)) != NULL) {
		id = word_at((size_t)(p - hsc_vocab));
		hw = &hsc_words[id];
		for (i = 0; i < hw->count; i++) {
			x = hsc_postings[hw->first + i];
			r = RANK_NAME + (int)(x & 3);
			if (r < best[x >> 2])
				best[x >> 2] = (unsigned char)r;
		}
		/* On to the next word: one match a word is enough. */
		p = strchr(hsc_vocab + hw->off, '\n');
	}
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
 * folded query q, best first, and returns how many.  Every word of q
 * must occur; an entry ranks by the least specific key one of its
 * words needed, and first when q is one of its names whole.
 */
size_t
search_run(const char *q, struct hit *hits)
{
	unsigned char *rank, *best;
	char small[256], joined[256];
	const char *s, *e, *w;
	size_t i, n = 0, len, left, jn = 0;
	int words = 0;

	rank = xmalloc(2 * hsc_ncodes);
	best = rank + hsc_ncodes;
	memset(rank, RANK_NAME, hsc_ncodes);
	for (s = q, e = q + strlen(q); (w = word_next(&s, e, &len)) != NULL;) {
		/* The words, joined by one space, to compare with names. */
		if (jn + len + 1 < sizeof(joined)) {
			if (jn > 0)
				joined[jn++] = ' ';
			memcpy(joined + jn, w, len);
			joined[jn += len] = '\0';
		} else
			jn = sizeof(joined);
		if (len >= sizeof(small))	/* longer than any word */
			memset(best, RANK_NONE, hsc_ncodes);
		else {
			memcpy(small, w, len);
			small[len] = '\0';
			match_word(small, best);
		}
		for (i = 0, left = 0; i < hsc_ncodes; i++) {
			if (best[i] > rank[i])
				rank[i] = best[i];
			left += rank[i] != RANK_NONE;
		}
		words++;
		if (left == 0)
			break;		/* no entry left: the rest cannot help */
	}

	/* The words may be a name, whole: that comes first. */
	for (i = 0; words > 0 && i < hsc_ncodes; i++) {
		if (rank[i] == RANK_NONE)
			continue;
		if (rank[i] == RANK_NAME && jn < sizeof(joined) &&
		    is_line(hsc_codes[i].names, joined, jn))
			rank[i] = RANK_EXACT;
		hits[n].c = &hsc_codes[i];
		hits[n].rank = rank[i];
		n++;
	}
	free(rank);
	qsort(hits, n, sizeof(*hits), by_rank);
	return n;
}

/*
 * Searches for the words of the n queries q together and adds what
 * they find to rs; says so on stderr when nothing matches.  Returns
 * whether something matched.
 */
int
search_answer(struct results *rs, const struct query *q, int n)
{
	struct hit *hits;
	char *words, *folded, *shown;
	size_t len = 0, i, nhits;
	int j;

	for (j = 0; j < n; j++)
		len += strlen(q[j].text) + 1;
	words = xmalloc(len + 1);
	for (j = 0, len = 0; j < n; j++) {
		size_t l = strlen(q[j].text);

		if (j > 0)
			words[len++] = ' ';
		memcpy(words + len, q[j].text, l);
		len += l;
	}
	words[len] = '\0';
	folded = ustr_fold(words);
	hits = xreallocarray(NULL, hsc_ncodes, sizeof(*hits));
	nhits = search_run(folded, hits);
	for (i = 0; i < nhits; i++)
		results_add(rs, hits[i].c, hits[i].c->code);
	if (nhits == 0) {
		shown = ustr_escape(words, strlen(words), 60);
		msg_warn(D_NOTHING_MATCHES, shown);
		free(shown);
	}
	free(hits);
	free(folded);
	free(words);
	return nhits > 0;
}

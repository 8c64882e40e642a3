/*
 * Search and ranking.  hscgen folded every text at build time (full
 * case folding, NFKC), cut it into words with the tokenizer of
 * src/common/word.c and indexed them; hsc folds and cuts the query the
 * same way.
 *
 * Each query word is scored against each entry by where it matched
 * and how: in the names (phrase, older names, the Korean name, the
 * search-only names, the constants), the summaries, the causes or the
 * details, and whole, as the start of a word, or inside one.  A word
 * also matches by its stem (클라이언트가 as 클라이언트), and Korean
 * compounds are in the index, so spacing does not matter in Korean.
 * An entry must match every word; its score is the sum of its words'
 * best scores, plus a bonus when the words stand side by side in a
 * name or a summary, and a larger one when they are a name whole.
 * Ties go to the commoner code (data/common.txt), then to table order.
 *
 * A query word that matches nothing is corrected to the nearest word
 * of the names and summaries, if one is near enough.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <uninorm.h>
#include <unistr.h>

#include "msg.h"
#include "out.h"
#include "query.h"
#include "search.h"
#include "table.h"
#include "ustr.h"
#include "word.h"
#include "xalloc.h"

/* How much a match counts: by key, and by how the word matched. */
static const int key_weight[KEY_MAX] = { 8, 4, 2, 1 };
#define T_INFIX		1
#define T_PREFIX	3
#define T_EXACT		4
/* The bonuses for the words side by side, and for a whole name. */
#define ADJ_NAME	120
#define ADJ_SUMMARY	48
#define WHOLE_NAME	10000

/* The most query words that count; a longer query is cut. */
#define QWORDS		32
/* The longest query word looked up, in bytes. */
#define QWORD_MAX	255

/* The scores of one query word, per entry. */
struct scores {
	int		*best;		/* hsc_ncodes of them */
	unsigned char	*key;		/* where each best one matched */
	unsigned short	*hit;		/* the entries with a score */
	size_t		 n;		/* how many: the word's frequency */
};

static size_t	 word_len(size_t);
static int	 cmp_word(size_t, const char *, size_t);
static size_t	 lower_bound(size_t, size_t, const char *, size_t);
static void	 post(size_t, int, struct scores *);
static void	 match(const char *, size_t, struct scores *);
static int	 correct(const char *, size_t, size_t *);
static int	 by_score(const void *, const void *);
static int	 bonus(const struct hsc_code *, const char *, const char *,
		    size_t);

/* The length of word i of the vocabulary. */
static size_t
word_len(size_t i)
{
	/* A NUL follows the last of the names' and summaries' words. */
	if (i + 1 < hsc_nwords && i + 1 != hsc_nstrong)
		return hsc_words[i + 1].off - hsc_words[i].off - 1;
	return strcspn(hsc_vocab + hsc_words[i].off, "\n");
}

/* Compares word i with w[0..n-1], as the sorted vocabulary is sorted. */
static int
cmp_word(size_t i, const char *w, size_t n)
{
	size_t len = word_len(i);
	int c = memcmp(hsc_vocab + hsc_words[i].off, w, len < n ? len : n);

	if (c != 0)
		return c;
	return len < n ? -1 : len > n;
}

/* The first word of words [lo, hi) that is not below w. */
static size_t
lower_bound(size_t lo, size_t hi, const char *w, size_t n)
{
	size_t mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (cmp_word(mid, w, n) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Forgets the scores of the last word. */
static void
clear(struct scores *sc)
{
	size_t i;

	for (i = 0; i < sc->n; i++)
		sc->best[sc->hit[i]] = 0;
	sc->n = 0;
}

/* Scores the entries that hold word i, matched in the given way. */
static void
post(size_t i, int how, struct scores *sc)
{
	const struct hsc_word *hw = &hsc_words[i];
	unsigned int j, x, e, k;
	int s;

	for (j = 0; j < hw->count; j++) {
		x = hsc_postings[hw->first + j];
		e = x >> 2;
		k = x & 3;
		s = key_weight[k] * how;
		if (sc->best[e] == 0)
			sc->hit[sc->n++] = (unsigned short)e;
		if (s > sc->best[e]) {
			sc->best[e] = s;
			sc->key[e] = (unsigned char)k;
		}
	}
}

/*
 * Scores the query word w[0..n-1]: the words of the index that are w,
 * that start with it (two characters or more, or Hangul), and, in the
 * names and summaries, that hold it inside (three characters or more,
 * or two Hangul syllables: shorter, it would be inside everything).
 */
static void
match(const char *w, size_t n, struct scores *sc)
{
	const char *p, *hit, *end;
	size_t part, lo, i, chars, at, anchor;
	int hangul;
	uint32_t c;

	if (n == 0 || n > QWORD_MAX)
		return;
	chars = word_chars(w, n);
	u8_mbtouc(&c, (const uint8_t *)w, n);
	hangul = word_is_hangul(c);
	for (part = 0; part < 2; part++) {
		lo = part == 0 ? 0 : hsc_nstrong;
		at = part == 0 ? hsc_nstrong : hsc_nwords;
		for (i = lower_bound(lo, at, w, n); i < at; i++) {
			if (word_len(i) < n ||
			    memcmp(hsc_vocab + hsc_words[i].off, w, n) != 0)
				break;
			if (word_len(i) == n)
				post(i, T_EXACT, sc);
			else if (chars >= 2 || hangul)
				post(i, T_PREFIX, sc);
		}
	}
	if (chars < (hangul ? 2u : 3u) || hsc_nstrong == 0)
		return;
	/*
	 * A Korean word found whole or as a start needs no search inside
	 * words: spacing and particles are the index's compounds and
	 * stems already.
	 */
	if (hangul && sc->n > 0)
		return;
	/* A pair of bytes that no such word has: nothing to scan for. */
	for (i = 1; i < n; i++) {
		at = (size_t)(unsigned char)w[i - 1] << 8 | (unsigned char)w[i];
		if (!(hsc_pairs[at >> 3] & (1u << (at & 7))))
			return;
	}
	/*
	 * One pass over the words of the names and summaries, stopping
	 * only where w's rarest byte stands (a linear scan, under ASan's
	 * checks too: a search for each hit in turn is not).
	 */
	for (i = 1, anchor = 0; i < n; i++)
		if (hsc_bytes[(unsigned char)w[i]] <
		    hsc_bytes[(unsigned char)w[anchor]])
			anchor = i;
	end = hsc_vocab + hsc_words[hsc_nstrong - 1].off +
	    word_len(hsc_nstrong - 1);
	p = hsc_vocab + 1 + anchor;
	while (p < end && (hit = memchr(p, w[anchor], (size_t)(end - p)))) {
		p = hit + 1;
		hit -= anchor;
		if (hit + n > end || memcmp(hit, w, n) != 0)
			continue;
		/* The word that holds the hit, and on past it. */
		lo = 0;
		at = hsc_nstrong;
		while (at - lo > 1) {
			i = lo + (at - lo) / 2;
			if (hsc_vocab + hsc_words[i].off <= hit)
				lo = i;
			else
				at = i;
		}
		if (hit != hsc_vocab + hsc_words[lo].off)
			post(lo, T_INFIX, sc);
		p = hsc_vocab + hsc_words[lo].off + word_len(lo) + anchor;
	}
}

/*
 * Finds the word of the names and summaries nearest to w[0..n-1]:
 * one edit away for a word of four units or more, two for eight or
 * more.  Returns 1 and its index in *best, or 0.  Among words as near,
 * the one in a stronger key, then the one in more entries, wins.
 * Latin words are compared with Latin ones and Korean with Korean, and
 * a word of plain ASCII is its own units.
 */
static int
correct(const char *w, size_t n, size_t *best)
{
	uint32_t a[WORD_UNITS_MAX], b[WORD_UNITS_MAX];
	const unsigned char *v;
	size_t i, len, l, at, end;
	int m, k, d, max, bestd, bestkey = KEY_MAX, key, ascii;
	int longer, bestlonger = -1;
	unsigned int j, x;

	if ((m = word_units(w, n, a)) < 4)
		return 0;
	max = m >= 8 ? 2 : 1;
	bestd = max + 1;
	ascii = (unsigned char)w[0] < 0x80;
	/* Only the words of about this length (hsc_bylen). */
	at = hsc_lenstart[m - max];
	end = hsc_lenstart[m + max + 1 <= WORD_UNITS_MAX + 1 ? m + max + 1 :
	    WORD_UNITS_MAX + 1];
	for (; at < end; at++) {
		i = hsc_bylen[at];
		v = (const unsigned char *)hsc_vocab + hsc_words[i].off;
		len = word_len(i);
		if ((v[0] < 0x80) != ascii)
			continue;
		if (ascii) {
			for (l = 0; l < len && v[l] < 0x80; l++)
				b[l] = v[l];
			if (l < len)
				continue;
			k = (int)len;
		} else if ((k = word_units((const char *)v, len, b)) < 0)
			continue;
		/*
		 * Within one edit, the first or the last unit is still there
		 * (an edit touches two neighbours at most); within two, one
		 * of the first two or of the last two.
		 */
		if (k < 2 || (a[0] != b[0] && a[m - 1] != b[k - 1] &&
		    (max == 1 || (a[1] != b[1] && a[m - 2] != b[k - 2]))))
			continue;
		if ((d = word_distance(a, m, b, k, max)) > bestd)
			continue;
		for (j = 0, key = KEY_MAX; j < hsc_words[i].count; j++) {
			x = hsc_postings[hsc_words[i].first + j] & 3;
			if ((int)x < key)
				key = (int)x;
		}
		/*
		 * Ties: a longer word first (a letter left out is the
		 * commonest typo: limt is limit before list), then the
		 * stronger key, then the word in more entries.
		 */
		longer = k > m;
		if (d < bestd || longer > bestlonger || (longer == bestlonger &&
		    (key < bestkey || (key == bestkey &&
		    hsc_words[i].count > hsc_words[*best].count)))) {
			bestlonger = longer;
			bestd = d;
			bestkey = key;
			*best = i;
		}
	}
	return bestd <= max;
}

static int
by_score(const void *a, const void *b)
{
	const struct hit *x = a, *y = b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	if (x->c->prior != y->c->prior)
		return x->c->prior > y->c->prior ? -1 : 1;
	/* The table is sorted by code: its order breaks the last ties. */
	return x->c < y->c ? -1 : x->c > y->c;
}

/*
 * Whether the normal form q is (whole) or stands in a line of lines:
 * 1 + the index of the first such line, or 0.
 */
static int
in_lines(const char *lines, const char *q, size_t n, int whole)
{
	const char *p = lines, *s;
	int line;

	while ((p = strstr(p, q)) != NULL) {
		if (!whole || ((p == lines || p[-1] == '\n') &&
		    (p[n] == '\0' || p[n] == '\n'))) {
			for (s = lines, line = 1; s < p; s++)
				line += *s == '\n';
			return line;
		}
		p++;
	}
	return 0;
}

/* A word of the query: where it is, and how long. */
struct qword {
	const char	*w;
	size_t		 n;
	int		 whole;	/* a word made of the parts that follow */
};

/*
 * Cuts the folded query q into at most QWORDS words.  A word made of
 * parts (rate-limit, max_body, HTTP/1.1) is searched as its parts,
 * which the index holds too, and whole, as a bonus that no entry
 * needs (php-fpm in a text says more than php and fpm apart).
 */
static size_t
qwords(const char *q, struct qword *qw)
{
	const char *s = q, *e = q + strlen(q), *w, *ps, *pw;
	size_t nq = 0, n, pn;
	uint32_t c;
	int len;

	while ((w = word_next(&s, e, &n)) != NULL && nq < QWORDS) {
		for (ps = w; ps < w + n; ps += len) {
			if ((len = u8_mbtouc(&c, (const uint8_t *)ps,
			    (size_t)(w + n - ps))) <= 0)
				len = 1;
			if (word_is_punct(c))
				break;
		}
		if (ps == w + n) {
			qw[nq].w = w;
			qw[nq].n = n;
			qw[nq++].whole = 0;
			continue;
		}
		qw[nq].w = w;
		qw[nq].n = n;
		qw[nq++].whole = 1;
		for (ps = pw = w; ps <= w + n && nq < QWORDS; ps += len) {
			len = 1;
			if (ps < w + n) {
				if ((len = u8_mbtouc(&c, (const uint8_t *)ps,
				    (size_t)(w + n - ps))) <= 0)
					len = 1;
				if (!word_is_punct(c))
					continue;
			}
			if ((pn = (size_t)(ps - pw)) > 0) {
				qw[nq].w = pw;
				qw[nq].n = pn;
				qw[nq++].whole = 0;
			}
			pw = ps + len;
		}
	}
	return nq;
}

/*
 * Scores one query word into sc: the word, and its stem (a particle or
 * an ending taken off), or the word it was probably meant to be when
 * nothing holds it.  Returns the index of that correction, or -1.
 */
static long
score_word(const char *w, size_t n, struct scores *sc, int *fixes)
{
	size_t stem = word_stem(w, n), fix = 0;

	clear(sc);
	match(w, n, sc);
	if (stem < n && (sc->n > 0 || word_chars(w, stem) >= 2))
		match(w, stem, sc);
	if (sc->n > 0)
		return -1;
	/*
	 * A one-syllable stem matches too much to beat a correction.  A
	 * query is a few words: past SEARCH_FIXES typos, it is not one.
	 */
	if (n <= QWORD_MAX && (*fixes)++ < SEARCH_FIXES && correct(w, n, &fix)) {
		post(fix, T_EXACT, sc);
		return (long)fix;
	}
	if (stem < n)
		match(w, stem, sc);
	return -1;
}

/*
 * Searches for the folded query q.  Fills sr->hits (room for
 * hsc_ncodes) with the entries that match every word, best first; when
 * none does but every word is somewhere, with those that match most of
 * the uncommon words (at least half), and sr->partial is set.
 * sr->fixed is the query as searched when a word was corrected, and
 * sr->from and sr->to say each correction (the words folded).
 */
void
search_run(const char *q, struct search *sr)
{
	struct qword qw[QWORDS];
	struct scores sc;
	const char *w;
	char *words, *norm, *typed;
	size_t i, j, len, nq, k, nneed, wn = 0;
	int *total, *keys, *hits, *some, *rarer, *need, most, rare, common;
	int fixes = 0;
	size_t df, nsome = 0, unknown = 0;
	long fix;

	sr->n = 0;
	sr->fixed = NULL;
	sr->partial = 0;
	sr->nfix = 0;
	if ((nq = qwords(q, qw)) == 0)
		return;
	total = xcalloc(5 * hsc_ncodes, sizeof(*total));
	keys = total + hsc_ncodes;
	hits = keys + hsc_ncodes;
	some = hits + hsc_ncodes;
	rarer = some + hsc_ncodes;
	sc.best = xcalloc(hsc_ncodes, sizeof(*sc.best));
	sc.key = xcalloc(hsc_ncodes, 1);
	sc.hit = xcalloc(hsc_ncodes, sizeof(*sc.hit));
	sc.n = 0;
	/* A correction is at most two units, two syllables, longer. */
	words = xmalloc(strlen(q) + 8 * QWORDS + 1);
	for (i = 0; i < hsc_ncodes; i++)
		keys[i] = KEY_MAX;
	for (k = 0, nneed = 0; k < nq; k++) {
		w = qw[k].w;
		len = qw[k].n;
		if (qw[k].whole) {
			/* The parts follow; the whole is only a bonus. */
			clear(&sc);
			match(w, len, &sc);
			for (j = 0; j < sc.n; j++) {
				i = sc.hit[j];
				total[i] += 4 * sc.best[i];
				rarer[i] += 4 * sc.best[i];
			}
			continue;
		}
		nneed++;
		if ((fix = score_word(w, len, &sc, &fixes)) >= 0) {
			/* Searched as the word it was probably meant to be. */
			snprintf(sr->from[sr->nfix], sizeof(sr->from[0]), "%.*s",
			    (int)len, w);
			w = hsc_vocab + hsc_words[fix].off;
			len = word_len((size_t)fix);
			snprintf(sr->to[sr->nfix++], sizeof(sr->to[0]), "%.*s",
			    (int)len, w);
			sr->fixed = words;
		}
		if (wn > 0)
			words[wn++] = ' ';
		memcpy(words + wn, w, len);
		wn += len;
		/*
		 * A word that few entries hold says more than one that
		 * many do: its scores count up to twice (php beats not).
		 */
		df = sc.n;
		unknown += df == 0;
		rare = df > 0 ? 4 + (int)(4 * (hsc_ncodes - df) / hsc_ncodes) : 4;
		/* A word in most entries (not, the) does not pick among them. */
		common = 2 * df > hsc_ncodes;
		nsome += !common;
		for (j = 0; j < sc.n; j++) {
			i = sc.hit[j];
			total[i] += sc.best[i] * rare;
			if (sc.key[i] < keys[i])
				keys[i] = sc.key[i];
			hits[i]++;
			if (!common) {
				some[i]++;
				rarer[i] += sc.best[i] * rare;
			}
		}
	}
	words[wn] = '\0';
	/*
	 * Every word; or else, when no entry has them all, the entries that
	 * have the most of the words that are not common, at least half.
	 */
	for (i = 0, most = 0; i < hsc_ncodes; i++)
		if (hits[i] > most)
			most = hits[i];
	need = hits;
	if ((size_t)most < nneed && unknown > 0) {
		/* A word that nothing holds: no answer, rather than a guess. */
		most = INT_MAX;
	} else if ((size_t)most < nneed) {
		sr->partial = 1;
		need = some;
		memcpy(total, rarer, hsc_ncodes * sizeof(*total));
		for (i = 0, most = 0; i < hsc_ncodes; i++)
			if (some[i] > most)
				most = some[i];
		if (nsome < 2 || (size_t)most * 2 < nsome)
			most = INT_MAX;
	}

	/*
	 * The words side by side in a name or a summary, or a name whole:
	 * as searched, and as typed (Time-out is a name as it is).
	 */
	norm = word_normalize(words, wn);
	typed = sr->fixed == NULL ? word_normalize(q, strlen(q)) : NULL;
	for (i = 0; i < hsc_ncodes; i++) {
		if (need[i] < most)
			continue;
		/*
		 * An IIS substatus code is what IIS logs, not what a client
		 * sees: it comes after the codes, without the bonuses.
		 */
		if (hsc_codes[i].sub >= 0)
			total[i] = total[i] / 4 + 1;
		else
			total[i] += bonus(&hsc_codes[i], norm, typed, nneed);
		sr->hits[sr->n].c = &hsc_codes[i];
		sr->hits[sr->n].score = total[i];
		sr->hits[sr->n].match = keys[i];
		sr->n++;
	}
	free(norm);
	free(typed);
	if (sr->n == 0)
		sr->partial = 0;
	qsort(sr->hits, sr->n, sizeof(*sr->hits), by_score);
	if (sr->fixed == NULL)
		free(words);
	free(total);
	free(sc.best);
	free(sc.key);
	free(sc.hit);
}

/*
 * The bonus of entry c for the query's words side by side in a name
 * or a summary, or a name whole: norm as searched, typed as typed
 * (Time-out is a name as it is; NULL after a correction).  Lines 1 and
 * 2 of the names are the phrase and the Korean name, which count most.
 */
static int
bonus(const struct hsc_code *c, const char *norm, const char *typed,
    size_t nwords)
{
	size_t n = strlen(norm);
	int line;

	if ((line = in_lines(hsc_s(c->names), norm, n, 1)) == 0 && typed != NULL)
		line = in_lines(hsc_s(c->names), typed, strlen(typed), 1);
	if (line > 0)
		return line <= 2 ? 2 * WHOLE_NAME : WHOLE_NAME;
	if (nwords > 1 && in_lines(hsc_s(c->names), norm, n, 0))
		return ADJ_NAME;
	if (nwords > 1 && in_lines(hsc_s(c->sums), norm, n, 0))
		return ADJ_SUMMARY;
	return 0;
}

/*
 * The class whose name the folded query q is ("client error",
 * 리다이렉션), 1-5, or 0.
 */
static int
class_named(const char *q)
{
	char *norm = word_normalize(q, strlen(q));
	size_t n = strlen(norm);
	int d, found = 0;

	for (d = 1; d <= 5 && n > 0 && !found; d++)
		if (in_lines(hsc_classes[d - 1].names, norm, n, 1))
			found = d;
	free(norm);
	return found;
}

/*
 * Searches for the words of the n queries q together and adds what
 * they find to rs; says so on stderr when a word was corrected or
 * nothing matches.  The name of a class answers with the class.
 * Returns whether something matched.
 */
int
search_answer(struct results *rs, const struct query *q, int n)
{
	struct search sr;
	char *words, *folded, *shown, *fixed, *from;
	size_t len = 0, i;
	int j, d;

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
	if ((d = class_named(folded)) != 0) {
		/* As hsc 4xx answers it. */
		results_class(rs, d);
		free(folded);
		free(words);
		return 1;
	}
	sr.hits = xreallocarray(NULL, hsc_ncodes, sizeof(*sr.hits));
	search_run(folded, &sr);
	shown = ustr_escape(words, strlen(words), 60);
	/* Each word corrected: "no match for 'gatway'; showing 'gateway'". */
	for (j = 0; j < sr.nfix; j++) {
		from = ustr_escape(sr.from[j], strlen(sr.from[j]), 60);
		fixed = ustr_escape(sr.to[j], strlen(sr.to[j]), 60);
		msg_warn(D_CORRECTED, from, fixed);
		free(from);
		free(fixed);
	}
	free(sr.fixed);
	if (sr.partial)
		msg_warn(D_PARTIAL, shown);
	for (i = 0; i < sr.n; i++)
		results_add(rs, sr.hits[i].c, sr.hits[i].c->code,
		    sr.hits[i].match);
	if (sr.n == 0) {
		msg_warn(D_NOTHING_MATCHES, shown);
		msg_warn(D_NOTHING_HINT);
	}
	free(shown);
	free(sr.hits);
	free(folded);
	free(words);
	return sr.n > 0;
}

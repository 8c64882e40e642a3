/*
 * The tokenizer.  Text is UTF-8 (an invalid byte counts as a letter,
 * so nothing is lost).  A word is a run of non-blank characters,
 * stripped at both ends of the characters that surround words rather
 * than belong to them: punctuation (P*), and the math and modifier
 * symbols (Sm, Sk: <, >, `, ^).  So “teapot”, «teapot», 「게이트웨이」
 * and "teapot" are the words teapot and 게이트웨이; inside a word
 * punctuation stays (HTTP/1.1, max_body, 1.1).
 *
 * Korean is written with or without the spaces between words (시간 초과,
 * 시간초과), and a word may carry a particle (클라이언트가, 연결을): the
 * rules for both are here too, so that index and query agree.
 */
#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "word.h"
#include "xalloc.h"

int
word_is_blank(uint32_t c)
{
	if (c < 0x80)
		return word_blank_byte((int)c);
	return uc_is_general_category(c, UC_SEPARATOR);
}

int
word_is_punct(uint32_t c)
{
	if (c < 0x80 && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z')))
		return 0;
	return uc_is_general_category(c, uc_general_category_or(
	    UC_PUNCTUATION, uc_general_category_or(UC_MATH_SYMBOL,
	    UC_MODIFIER_SYMBOL)));
}

/* The character at s (before end), in *c; returns its length. */
static size_t
next_char(const char *s, const char *end, uint32_t *c)
{
	int n;
	ucs4_t u;

	if ((unsigned char)*s < 0x80) {
		*c = (unsigned char)*s;
		return 1;
	}
	n = u8_mbtouc(&u, (const uint8_t *)s, (size_t)(end - s));
	*c = u;
	return n > 0 ? (size_t)n : 1;
}

/* The start of the character that ends at end (after s). */
static const char *
prev_char(const char *s, const char *end, uint32_t *c)
{
	const uint8_t *p;
	ucs4_t u;

	p = u8_prev(&u, (const uint8_t *)end, (const uint8_t *)s);
	if (p == NULL) {
		*c = 0xfffd;	/* a stray byte: a letter, as above */
		return end - 1;
	}
	*c = u;
	return (const char *)p;
}

/* Moves p forward over the characters c for which is(c) is want. */
static const char *
skip(const char *p, const char *end, int (*is)(uint32_t), int want)
{
	uint32_t c;
	size_t len;

	while (p < end) {
		len = next_char(p, end, &c);
		if (!is(c) != !want)
			break;
		p += len;
	}
	return p;
}

/* Moves end back over the characters c (after s) for which is(c). */
static const char *
skip_back(const char *s, const char *end, int (*is)(uint32_t))
{
	const char *p;
	uint32_t c;

	while (end > s) {
		p = prev_char(s, end, &c);
		if (!is(c))
			break;
		end = p;
	}
	return end;
}

/*
 * Returns s[0..*n-1] without the blanks at either end, and its new
 * length in *n.
 */
const char *
word_trim(const char *s, size_t *n)
{
	const char *end = s + *n;

	s = skip(s, end, word_is_blank, 1);
	end = skip_back(s, end, word_is_blank);
	*n = (size_t)(end - s);
	return s;
}

/*
 * The next blank-separated field of the text from *s to end, or NULL
 * when none is left: returns its start and its length in *n, and moves
 * *s past it.
 */
const char *
word_field(const char **s, const char *end, size_t *n)
{
	const char *p = skip(*s, end, word_is_blank, 1);

	*s = skip(p, end, word_is_blank, 0);
	*n = (size_t)(*s - p);
	return p < end ? p : NULL;
}

/*
 * The next word of the text from *s to end, or NULL when none is left:
 * returns its start and its length in *n, and moves *s past it.  A run
 * of nothing but punctuation is no word.
 */
const char *
word_next(const char **s, const char *end, size_t *n)
{
	const char *w, *e;
	size_t len;

	while ((w = word_field(s, end, &len)) != NULL) {
		e = w + len;
		w = skip(w, e, word_is_punct, 1);
		e = skip_back(w, e, word_is_punct);
		if (e > w) {
			*n = (size_t)(e - w);
			return w;
		}
	}
	return NULL;
}

/* How many characters s[0..n-1] holds (a stray byte is one). */
size_t
word_chars(const char *s, size_t n)
{
	const char *end = s + n;
	uint32_t c;
	size_t k = 0;

	while (s < end) {
		s += next_char(s, end, &c);
		k++;
	}
	return k;
}

/*
 * The particles (조사) a Korean word may end with, and the endings of
 * its predicates (어미: 됨, 된, 하지, 아요 …), longest first.  A word of
 * Hangul that ends with one has a stem without it: two syllables or
 * more after a particle (초과 and 경로 stay whole), one or more after an
 * ending (없음 is 없, which starts 없는 and 없다).
 */
static const char *const particles[] = {
	"에서", "으로", "까지", "부터", "에게", "한테", "처럼", "보다",
	"이나", "이랑",
	"가", "이", "을", "를", "은", "는", "의", "에", "로", "와", "과",
	"도", "만", "랑",
	NULL
};
static const char *const endings[] = {
	"되었습니다", "했습니다", "되었다", "되었음", "됐습니다", "습니다",
	"입니다", "이에요", "됩니다", "합니다", "됐다", "됐음", "되다",
	"되지", "돼요", "된다", "했다", "했음", "하다", "하지", "해요",
	"한다", "하는", "하고", "아요", "어요", "예요", "지요",
	"됨", "된", "함", "한", "음", "요", "다", "지",
	NULL
};

/* The length of w[0..n-1] without the first of list it ends with. */
static size_t
strip(const char *w, size_t n, const char *const *list, size_t keep)
{
	size_t len;

	for (; *list != NULL; list++) {
		len = strlen(*list);
		if (len < n && memcmp(w + n - len, *list, len) == 0 &&
		    word_chars(w, n - len) >= keep)
			return n - len;
	}
	return n;
}

/*
 * The length of the stem of the word w[0..n-1], without its particle
 * or its ending, or n.  A query word matches by its stem too, and the
 * index holds the stems of its words, so that 클라이언트가 finds
 * 클라이언트, and 잘못됨 finds 잘못된.
 */
size_t
word_stem(const char *w, size_t n)
{
	const char *end = w + n, *q;
	size_t len, k;
	uint32_t c;

	for (q = w; q < end; q += len) {
		len = next_char(q, end, &c);
		if (!word_is_hangul(c))
			return n;
	}
	if ((k = strip(w, n, particles, 2)) < n)
		return k;
	return strip(w, n, endings, 1);
}

/*
 * The normal form in which whole phrases are compared: the words of
 * s[0..n-1] joined by one space, without the space between two Hangul
 * syllables, since Korean is written with or without it.  "Gateway
 * Timeout" and "“gateway  timeout”" have one form (when folded), and
 * so have 게이트웨이 시간 초과 and 게이트웨이 시간초과.  Allocated.
 */
char *
word_normalize(const char *s, size_t n)
{
	const char *end = s + n, *w;
	char *r = xmalloc(n + 1), *p = r;
	uint32_t last = 0, first, c;
	size_t len;

	while ((w = word_next(&s, end, &len)) != NULL) {
		next_char(w, w + len, &first);
		if (p > r && !(word_is_hangul(last) && word_is_hangul(first)))
			*p++ = ' ';
		memcpy(p, w, len);
		p += len;
		prev_char(w, w + len, &c);
		last = c;
	}
	*p = '\0';
	return r;
}

/*
 * The units of s[0..n-1] in u (room for WORD_UNITS_MAX) for comparing
 * spellings: its characters, with each Hangul syllable as its jamo
 * (canonical decomposition), so that 요쳥 is one letter from 요청.
 * Returns how many, or -1 when more than WORD_UNITS_MAX.
 */
int
word_units(const char *s, size_t n, uint32_t *u)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + n;
	ucs4_t c, d[UC_DECOMPOSITION_MAX_LENGTH], e[UC_DECOMPOSITION_MAX_LENGTH];
	int len, k = 0, nd, ne, i, j;

	while (p < end) {
		if (*p < 0x80) {
			c = *p;
			len = 1;
		} else if ((len = u8_mbtouc(&c, p, (size_t)(end - p))) <= 0)
			len = 1;
		p += len;
		if (!word_is_hangul(c)) {
			if (k == WORD_UNITS_MAX)
				return -1;
			u[k++] = c;
			continue;
		}
		/* LVT decomposes into LV and T, LV into L and V. */
		nd = uc_canonical_decomposition(c, d);
		for (i = 0; i < nd; i++) {
			ne = word_is_hangul(d[i]) ?
			    uc_canonical_decomposition(d[i], e) : 0;
			if (ne <= 0) {
				ne = 1;
				e[0] = d[i];
			}
			for (j = 0; j < ne; j++) {
				if (k == WORD_UNITS_MAX)
					return -1;
				u[k++] = e[j];
			}
		}
	}
	return k;
}

/*
 * The optimal-string-alignment distance between a[0..m-1] and b[0..n-1]
 * (insertions, deletions, substitutions and transpositions of
 * neighbours cost one, as git weighs the commands it suggests), or
 * max + 1 as soon as it must exceed max; m and n are at most
 * WORD_UNITS_MAX.  The typo corrector and the option suggester use it.  Only the
 * cells within max of the diagonal can stay within max: the others
 * are not computed.
 */
int
word_distance(const uint32_t *a, int m, const uint32_t *b, int n, int max)
{
	int rows[3][WORD_UNITS_MAX + 1], *pp, *p, *cur, *t, i, j, v, low, lo, hi;

	if (abs(m - n) > max)
		return max + 1;
	pp = rows[0];
	p = rows[1];
	cur = rows[2];
	for (j = 0; j <= n; j++)
		p[j] = pp[j] = cur[j] = j <= max ? j : max + 1;
	for (i = 1; i <= m; i++) {
		lo = i - max > 1 ? i - max : 1;
		hi = i + max < n ? i + max : n;
		cur[lo - 1] = lo == 1 ? (i <= max ? i : max + 1) : max + 1;
		low = cur[lo - 1];
		for (j = lo; j <= hi; j++) {
			v = p[j - 1] + (a[i - 1] != b[j - 1]);
			if (p[j] + 1 < v)
				v = p[j] + 1;
			if (cur[j - 1] + 1 < v)
				v = cur[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && pp[j - 2] + 1 < v)
				v = pp[j - 2] + 1;
			cur[j] = v;
			if (v < low)
				low = v;
		}
		if (hi < n)
			cur[hi + 1] = max + 1;
		if (low > max)
			return max + 1;
		/* Rotate: the row before last is reused. */
		t = pp;
		pp = p;
		p = cur;
		cur = t;
	}
	return p[n];
}

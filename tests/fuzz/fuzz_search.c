/*
 * libFuzzer target: searching, escaping and wrapping.
 *
 * The first input byte chooses the parameters (a wrap width, a start
 * column, a maximum for ustr_escape, the output encoding); the rest is
 * the text:
 *
 * - ustr_escape on the raw bytes, whatever they are (invalid UTF-8,
 *   NULs, escape sequences), as main.c and opts.c use it on arguments;
 *   checked: the result fits the documented bound, is valid UTF-8 and
 *   holds no control or bidirectional-format character.
 * - if the text up to its first NUL is valid UTF-8: ustr_fold, then
 *   search_run over the real table (checked: hits distinct, with a
 *   score and a key, sorted by score, then how common, then table
 *   order; a correction is valid UTF-8; the same answer twice), then
 *   ustr_width, ustr_breaks (checked: breaks only after spaces, or
 *   inside a word wider than a line) and out_wrap to a /dev/null
 *   stream, in UTF-8 or converted to EUC-KR; out_para to memory
 *   (checked: no line wider than the width but for one that holds a
 *   single word wider than that).
 *
 * Build and run: tests/fuzz/run.sh fuzz_search 60 (see tests/fuzz/README.md).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unilbrk.h>
#include <unistr.h>

#include "table.h"
#include "out.h"
#include "search.h"
#include "ustr.h"
#include "word.h"
#include "fuzz.h"

static FILE		*devnull;
static struct hit	*hits, *again;
static struct search	 sr, again_sr;

/* Widths as users give them: none, tiny, narrower than 16, usual, huge. */
static const int widths[16] = {
	0, 1, 2, 3, 8, 15, 16, 17, 20, 24, 40, 60, 72, 80, 132, 10000
};
static const size_t escape_max[4] = { 0, 1, 40, 60 };

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if ((devnull = fopen("/dev/null", "w")) == NULL)
		abort();
	hits = malloc(hsc_ncodes * sizeof(*hits));
	again = malloc(hsc_ncodes * sizeof(*again));
	return 0;
}

static void
check_escape(const char *s, size_t n, size_t max)
{
	char *e = ustr_escape(s, n, max);
	size_t len = strlen(e), i;
	ucs4_t c;
	int l;

	CHECK(len <= 4 * (n < max ? n : max) + 31);
	CHECK(ustr_valid(e, len));
	for (i = 0; i < len; i += (size_t)l) {
		l = u8_mbtouc(&c, (const uint8_t *)e + i, len - i);
		CHECK(l > 0);
		/* Nothing that acts on a terminal or hides, by category. */
		CHECK(!uc_is_general_category(c, uc_general_category_or(
		    uc_general_category_or(UC_CONTROL, UC_FORMAT),
		    uc_general_category_or(UC_LINE_SEPARATOR,
		    UC_PARAGRAPH_SEPARATOR))));
		CHECK(!uc_is_general_category(c, UC_UNASSIGNED));
	}
	free(e);
}

static void
check_search(const char *s)
{
	char *folded = ustr_fold(s);
	size_t i, j;

	CHECK(ustr_valid(folded, strlen(folded)));
	sr.hits = hits;
	search_run(folded, &sr);
	CHECK(sr.n <= hsc_ncodes);
	CHECK(sr.fixed == NULL || ustr_valid(sr.fixed, strlen(sr.fixed)));
	for (i = 0; i < sr.n; i++) {
		CHECK(hits[i].c >= hsc_codes && hits[i].c < hsc_codes +
		    hsc_ncodes);
		CHECK(hits[i].score > 0);
		CHECK(hits[i].match >= 0 && hits[i].match < KEY_MAX);
		/* Best first: score, then the commoner, then table order. */
		if (i > 0)
			CHECK(hits[i - 1].score > hits[i].score ||
			    (hits[i - 1].score == hits[i].score &&
			    (hits[i - 1].c->prior > hits[i].c->prior ||
			    (hits[i - 1].c->prior == hits[i].c->prior &&
			    hits[i - 1].c < hits[i].c))));
		for (j = 0; j < i; j++)
			CHECK(hits[j].c != hits[i].c);
	}
	/* The same query, the same answer. */
	free(sr.fixed);
	again_sr.hits = again;
	search_run(folded, &again_sr);
	CHECK(again_sr.n == sr.n && again_sr.partial == sr.partial);
	CHECK(memcmp(hits, again, sr.n * sizeof(*hits)) == 0);
	free(again_sr.fixed);
	free(folded);
}

/* The width of the word (a run without spaces) around s[i]. */
static int
word_at(const char *s, size_t n, size_t i, const char *enc)
{
	size_t a = i, b = i;

	while (a > 0 && s[a - 1] != ' ')
		a--;
	while (b < n && s[b] != ' ')
		b++;
	return ustr_width(s + a, b - a, enc);
}

static void
check_wrap(const char *s, size_t n, int width, int start, int euckr)
{
	struct out o = { .fp = devnull, .conv = euckr ? "EUC-KR" : NULL,
	    .enc = euckr ? "EUC-KR" : "UTF-8", .width = width,
	    .measure = width };
	char *p, *buf = NULL, *line, *e;
	size_t i, len = 0;
	int col, ctl = 0;

	CHECK(ustr_width(s, n, o.enc) >= 0);
	if (width > 0) {
		p = malloc(n == 0 ? 1 : n);
		ustr_breaks(s, n, width, start, o.enc, p);
		/* libunistring >= 1.0 (the _v2 API) marks CR before LF. */
		for (i = 0; i < n; i++) {
			CHECK(p[i] == UC_BREAK_UNDEFINED ||
			    p[i] == UC_BREAK_PROHIBITED ||
			    p[i] == UC_BREAK_POSSIBLE ||
			    p[i] == UC_BREAK_MANDATORY ||
			    p[i] == UC_BREAK_HYPHENATION ||
			    p[i] == UC_BREAK_CR_BEFORE_LF);
			/* After a space, or in a word wider than a line. */
			CHECK(p[i] != UC_BREAK_POSSIBLE || (i > 0 &&
			    (s[i - 1] == ' ' || word_at(s, n, i, o.enc) >
			    width)));
			if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
				ctl = 1;
		}
		free(p);
	}
	/* As text.c calls it: a column, then an indent of 4 or 0. */
	col = out_wrap(&o, s, n, start, 4, width);
	CHECK(col >= 0);
	col = out_wrap(&o, s, n, 0, 0, width);
	CHECK(col >= 0);
	col = out_lines(&o, s, n, start, 4, width, 0, NULL);
	CHECK(col >= 1);
	/*
	 * A paragraph on its own lines: none wider than the width, but
	 * for one that holds a single word wider than the whole line.
	 */
	if (width > 0 && !euckr && !ctl) {
		o.fp = open_memstream(&buf, &len);
		CHECK(o.fp != NULL);
		out_para(&o, s, n, 4, width);
		fclose(o.fp);
		for (line = buf; line < buf + len; line = e + 1) {
			e = memchr(line, '\n', (size_t)(buf + len - line));
			if (e == NULL)
				e = buf + len;
			if (ustr_width(line, (size_t)(e - line), o.enc) <=
			    width)
				continue;
			while (*line == ' ')
				line++;
			CHECK(memchr(line, ' ', (size_t)(e - line)) == NULL);
			CHECK(ustr_width(line, (size_t)(e - line), o.enc) >
			    width);
		}
		free(buf);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s;
	size_t n, len;
	unsigned b;

	if (size == 0)
		return 0;
	b = data[0];
	n = size - 1;
	/* An exact-size copy, so that ASan sees any overread. */
	s = malloc(n == 0 ? 1 : n);
	memcpy(s, data + 1, n);
	check_escape(s, n, escape_max[b >> 6]);
	check_escape(s, n, n);
	free(s);

	s = malloc(n + 1);
	memcpy(s, data + 1, n);
	s[n] = '\0';
	len = strlen(s);
	if (ustr_valid(s, len)) {
		check_search(s);
		check_wrap(s, len, widths[b & 15], (int)(b >> 4) * 5,
		    (b & 0x40) != 0);
	}
	free(s);
	return 0;
}

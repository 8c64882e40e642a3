/*
 * Text output.  hsc keeps its strings in UTF-8 and converts only here,
 * and only when the locale's encoding is neither UTF-8 nor ASCII (as
 * under ko_KR.EUC-KR); under C or POSIX it writes UTF-8, as git and jq
 * do, rather than turning every Hangul syllable into '?'.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unilbrk.h>

#include "opts.h"
#include "out.h"
#include "pager.h"
#include "term.h"
#include "ustr.h"
#include "xalloc.h"

/*
 * Fills o for writing to fp: the language, the encoding, colour,
 * width and pager, from the options and else the environment.  When
 * fp is a terminal and a pager may be wanted, the output goes to
 * memory until out_end knows how tall it is.  Call after setlocale.
 */
void
out_init(struct out *o, FILE *fp, const struct hsc_opts *opt)
{
	o->fp = o->dest = fp;
	o->lang = term_lang(opt->lang);
	o->conv = term_conv();
	o->enc = o->conv != NULL ? o->conv : "UTF-8";
	o->color = term_color(opt->color);
	o->width = term_width(opt->width);
	o->measure = opt->width < 0 && o->width > OUT_MEASURE ? OUT_MEASURE :
	    o->width;
	o->pager = opt->no_pager ? NULL : term_pager();
	o->buf = NULL;
	o->len = 0;
	if (o->pager != NULL &&
	    (o->fp = open_memstream(&o->buf, &o->len)) == NULL) {
		o->fp = fp;
		o->pager = NULL;
	}
}

/*
 * The columns of the line s[0..n-1] as written: colour escapes take
 * none; in an encoding other than UTF-8 (EUC-KR), a byte is a column.
 */
static size_t
line_cols(const struct out *o, const char *s, size_t n)
{
	const char *e, *end = s + n;
	size_t w = 0;

	while (s < end) {
		if (*s == '\033') {
			while (s < end && *s++ != 'm')
				continue;
			continue;
		}
		if ((e = memchr(s, '\033', (size_t)(end - s))) == NULL)
			e = end;
		w += o->conv != NULL ? (size_t)(e - s) :
		    (size_t)ustr_width(s, (size_t)(e - s), o->enc);
		s = e;
	}
	return w;
}

/*
 * The rows that buf[0..n-1] takes on a terminal cols wide, counted up
 * to max: a line wider than the terminal takes more than one.
 */
static size_t
rows(const struct out *o, const char *buf, size_t n, int cols, size_t max)
{
	const char *s, *e, *end = buf + n;
	size_t r = 0, w;

	for (s = buf; s < end && r <= max; s = e + 1) {
		if ((e = memchr(s, '\n', (size_t)(end - s))) == NULL)
			e = end;
		/* No wider than its bytes, in UTF-8 and EUC-KR alike. */
		w = (size_t)(e - s);
		if (w > (size_t)cols)
			w = line_cols(o, s, w);
		r += w == 0 ? 1 : (w + (size_t)cols - 1) / (size_t)cols;
	}
	return r;
}

/*
 * Ends the output: what went to memory goes to the pager when it is
 * taller than the terminal (a line left for the prompt), else, or when
 * the pager cannot start, to the destination itself.
 */
void
out_end(struct out *o)
{
	int r, c;

	if (o->pager == NULL)
		return;
	if (fclose(o->fp) != 0)
		xfatal("%s", strerror(errno));
	o->fp = o->dest;
	if (term_size(&r, &c) != 0 || r <= 0 ||
	    rows(o, o->buf, o->len, c, (size_t)r) < (size_t)r ||
	    pager_run(o->pager, o->buf, o->len) != 0)
		fwrite(o->buf, 1, o->len, o->dest);
	free(o->buf);
	o->buf = NULL;
	o->pager = NULL;
}

void
out_write(struct out *o, const char *s, size_t n)
{
	if (n > 0)
		ustr_fwrite(o->fp, s, n, o->conv);
}

void
out_puts(struct out *o, const char *s)
{
	out_write(o, s, strlen(s));
}

void
out_spaces(struct out *o, int n)
{
	static const char sp[] = "                                ";
	int k;

	for (; n > 0; n -= k) {
		k = n < (int)sizeof(sp) - 1 ? n : (int)sizeof(sp) - 1;
		fwrite(sp, 1, (size_t)k, o->fp);
	}
}

/* Writes an SGR escape ("1;31", or "0" to reset) when colour is on. */
void
out_sgr(struct out *o, const char *sgr)
{
	if (o->color)
		fprintf(o->fp, "\033[%sm", sgr);
}

/* The columns s takes on this output's terminal. */
int
out_width(const struct out *o, const char *s)
{
	return ustr_width(s, strlen(s), o->enc);
}

/*
 * The wrapping of out_wrap and out_para, and the count of out_lines:
 * s[0..n-1] from column col (fresh: on a new line, at indent), later
 * lines at indent, every line at most width columns.  A piece too
 * wide for its indented line starts further left, as far as it must
 * to end by the last column (at column 0 if it is wider than the whole
 * line): it stays whole and on screen.  With put 0 nothing is written.
 * Returns the column where the text ends; *lines, the lines it takes.
 */
static int
wrap(struct out *o, const char *s, size_t n, int col, int indent, int width,
    int fresh, int put, int *lines)
{
	char *p;
	size_t i, line, end;
	int avail, lead, w = 0;

	*lines = 1;
	if (width <= 0) {
		if (fresh && put)
			out_spaces(o, indent);
		if (put)
			out_write(o, s, n);
		return fresh ? indent : col;
	}
	if (fresh)
		col = indent;
	avail = width - indent > 0 ? width - indent : 1;
	p = xmalloc(n + 1);
	ustr_breaks(s, n, avail, col > indent ? col - indent : 0, o->enc, p);
	p[n] = UC_BREAK_POSSIBLE;
	for (line = 0, i = 1; i <= n; i++) {
		if (p[i] != UC_BREAK_POSSIBLE)
			continue;
		for (end = i; end > line && s[end - 1] == ' '; end--)
			continue;
		w = ustr_width(s + line, end - line, o->enc);
		lead = col;
		if (line > 0 || fresh) {
			lead = indent + w <= width ? indent :
			    width - w > 0 ? width - w : 0;
			if (line > 0)
				++*lines;
		}
		if (put) {
			if (line > 0)
				putc('\n', o->fp);
			if (line > 0 || fresh)
				out_spaces(o, lead);
			out_write(o, s + line, end - line);
		}
		col = lead + w;
		line = i;
	}
	free(p);
	return col;
}

/*
 * Writes one paragraph s[0..n-1], the cursor being at column col, and
 * wraps it to width columns with later lines indented by indent
 * columns.  Returns the column where the paragraph ends; without a
 * width, where nothing depends on columns, just col.
 */
int
out_wrap(struct out *o, const char *s, size_t n, int col, int indent,
    int width)
{
	int lines;

	return wrap(o, s, n, col, indent, width, 0, 1, &lines);
}

/* The same, for a paragraph that starts a line of its own at indent. */
int
out_para(struct out *o, const char *s, size_t n, int indent, int width)
{
	int lines;

	return wrap(o, s, n, 0, indent, width, 1, 1, &lines);
}

/*
 * How many lines out_wrap (fresh 0) or out_para (fresh 1) would take
 * for the paragraph; *end gets the column where it would end.
 */
int
out_lines(struct out *o, const char *s, size_t n, int col, int indent,
    int width, int fresh, int *end)
{
	int lines, e;

	e = wrap(o, s, n, col, indent, width, fresh, 0, &lines);
	if (end != NULL)
		*end = e;
	return lines;
}

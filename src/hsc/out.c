/*
 * Text output.  hsc keeps its strings in UTF-8 and converts only here,
 * and only when the locale's encoding is neither UTF-8 nor ASCII (as
 * under ko_KR.EUC-KR); under C or POSIX it writes UTF-8, as git and jq
 * do, rather than turning every Hangul syllable into '?'.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <uniconv.h>
#include <unilbrk.h>

#include "opts.h"
#include "out.h"
#include "term.h"
#include "ustr.h"
#include "xalloc.h"

/*
 * Fills o for writing to fp: the language, the encoding, colour and
 * width, from the options and else the environment.  Call after
 * setlocale.
 */
void
out_init(struct out *o, FILE *fp, const struct hsc_opts *opt)
{
	o->fp = fp;
	o->lang = term_lang(opt->lang);
	o->conv = term_conv();
	o->enc = o->conv != NULL ? o->conv : "UTF-8";
	o->color = term_color(opt->color);
	o->width = term_width(opt->width);
}

void
out_write(struct out *o, const char *s, size_t n)
{
	char *conv;
	size_t len;

	if (n == 0)
		return;
	if (o->conv == NULL) {
		fwrite(s, 1, n, o->fp);
		return;
	}
	conv = u8_conv_to_encoding(o->conv, iconveh_question_mark,
	    (const uint8_t *)s, n, NULL, NULL, &len);
	if (conv == NULL) {
		/* No converter for this encoding: UTF-8 beats nothing. */
		fwrite(s, 1, n, o->fp);
		return;
	}
	fwrite(conv, 1, len, o->fp);
	free(conv);
}

void
out_puts(struct out *o, const char *s)
{
	out_write(o, s, strlen(s));
}

void
out_spaces(struct out *o, int n)
{
	while (n-- > 0)
		putc(' ', o->fp);
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
 * Writes one paragraph s[0..n-1], the cursor being at column col, and
 * wraps it to o->width with later lines indented by indent columns.
 * Returns the column where the paragraph ends; without wrapping, where
 * nothing depends on columns, just col.
 */
int
out_wrap(struct out *o, const char *s, size_t n, int col, int indent)
{
	char *p;
	size_t i, line;
	int avail;

	if (o->width <= 0) {
		out_write(o, s, n);
		return col;
	}
	/* Narrower than this, indentation is not worth the words. */
	avail = o->width - indent;
	if (avail < 16) {
		avail = o->width < 16 ? 16 : o->width;
		indent = 0;
	}
	p = xmalloc(n);
	ustr_breaks(s, n, avail, col > indent ? col - indent : 0, o->enc, p);
	line = 0;
	for (i = 0; i < n; i++) {
		if (p[i] == UC_BREAK_POSSIBLE && i > line) {
			size_t end = i;

			while (end > line && s[end - 1] == ' ')
				end--;
			out_write(o, s + line, end - line);
			putc('\n', o->fp);
			out_spaces(o, indent);
			line = i;
			col = indent;
		}
	}
	out_write(o, s + line, n - line);
	free(p);
	return col + ustr_width(s + line, n - line, o->enc);
}

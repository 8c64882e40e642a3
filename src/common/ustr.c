/*
 * Unicode helpers over libunistring.  Strings are UTF-8 throughout; an
 * encoding passed in only decides the width of East Asian "ambiguous"
 * characters, as the terminal will show them.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <uniconv.h>
#include <unictype.h>
#include <unilbrk.h>
#include <uninorm.h>
#include <unistr.h>
#include <uniwidth.h>

#include "ustr.h"
#include "word.h"
#include "xalloc.h"

/*
 * The number of columns s[0..n-1] takes in a terminal of the given
 * encoding (NULL: UTF-8); control characters count as none.
 */
int
ustr_width(const char *s, size_t n, const char *enc)
{
	size_t i;
	int w;

	/* Printable ASCII, the common case, is a column a byte. */
	for (i = 0; i < n && s[i] >= 0x20 && s[i] < 0x7f; i++)
		continue;
	if (i == n)
		return (int)n;
	w = u8_width((const uint8_t *)s, n, enc != NULL ? enc : "UTF-8");
	return w < 0 ? 0 : w;
}

int
ustr_valid(const char *s, size_t n)
{
	return u8_check((const uint8_t *)s, n) == NULL;
}

/* Makes a libunistring result NUL-terminated; NULL means no memory. */
static char *
terminate(uint8_t *r, size_t len)
{
	if (r == NULL)
		xfatal("out of memory");
	r = xrealloc(r, len + 1);
	r[len] = '\0';
	return (char *)r;
}

/* Whether s[0..n-1] is ASCII and precomposed Hangul syllables only. */
static int
ascii_hangul(const char *s, size_t n)
{
	const uint8_t *u = (const uint8_t *)s, *end = u + n;
	ucs4_t c;
	int len;

	while (u < end) {
		if (*u < 0x80) {
			u++;
			continue;
		}
		if ((len = u8_mbtouc(&c, u, (size_t)(end - u))) <= 0 ||
		    !word_is_hangul(c))
			return 0;
		u += len;
	}
	return 1;
}

/* NFKC: full-width digits become ASCII, jamo compose into syllables. */
char *
ustr_nfkc(const char *s)
{
	uint8_t *r;
	size_t len = strlen(s);

	/* ASCII and precomposed Hangul are NFKC already (ustr_foldn). */
	if (ascii_hangul(s, len))
		return xstrdup(s);
	r = u8_normalize(UNINORM_NFKC, (const uint8_t *)s, len, NULL, &len);
	return terminate(r, len);
}

/*
 * The search form of s[0..n-1]: full case folding, then NFKC.  hscgen
 * computes it for the texts and hsc for the query, with this one
 * function.  Its length goes to *len when len is not NULL.
 */
char *
ustr_foldn(const char *s, size_t n, size_t *len)
{
	uint8_t *r;
	size_t l, i;

	/*
	 * ASCII and precomposed Hangul, what queries are made of, fold
	 * to themselves but for the ASCII capitals and are their own NFKC
	 * (Hangul syllables have no case, and NFKC keeps them whole): no
	 * need for libunistring's tables, and the pages they take.
	 */
	if (ascii_hangul(s, n)) {
		r = xmalloc(n + 1);
		for (i = 0; i < n; i++)
			r[i] = (uint8_t)(s[i] >= 'A' && s[i] <= 'Z' ?
			    s[i] - 'A' + 'a' : s[i]);
		r[n] = '\0';
		if (len != NULL)
			*len = n;
		return (char *)r;
	}
	r = u8_casefold((const uint8_t *)s, n, NULL, UNINORM_NFKC, NULL, &l);
	if (len != NULL)
		*len = l;
	return terminate(r, l);
}

char *
ustr_fold(const char *s)
{
	return ustr_foldn(s, strlen(s), NULL);
}

/*
 * Chooses where to break s[0..n-1] for lines of at most width columns,
 * the first line starting at column start.  On return p[i] is
 * UC_BREAK_POSSIBLE where a line break goes before s[i]; the spaces
 * before a break belong to no line.  Lines break after spaces only:
 * UAX #14 would also break between any two Hangul syllables, which
 * Korean does not do, and inside names such as WWW-Authenticate or
 * HTTP/1.1, which a reader must see whole.  Only a word wider than a
 * line breaks inside too, where UAX #14 allows: after the slashes and
 * hyphens of a URL, the dot of a constant, between Hangul syllables.
 * One with no such place, as NETWORK_AUTHENTICATION_REQUIRED, stays
 * whole.
 */
void
ustr_breaks(const char *s, size_t n, int width, int start, const char *enc,
    char *p)
{
	const char *e = enc != NULL ? enc : "UTF-8";
	char *o = xmalloc(n);
	size_t i, j, k, line;
	char keep;

	/*
	 * After a space, always: UAX #14 keeps '"' and "(" together, or
	 * a space and the "/" of a path, which would leave a line too wide.
	 */
	for (i = 0; i < n; i++)
		o[i] = i == 0 || s[i] == ' ' ? UC_BREAK_UNDEFINED :
		    s[i - 1] != ' ' ? UC_BREAK_PROHIBITED : UC_BREAK_POSSIBLE;
	/*
	 * libunistring counts the space after a line's last word as part
	 * of the line; these lines end before it, so they get one column
	 * more, and the text's end reserves that column back.
	 */
	u8_width_linebreaks((const uint8_t *)s, n, width + 1, start, 1, o, e,
	    p);
	/* A line wider than width holds one word: break it inside. */
	for (line = 0, i = 1; i <= n; i++) {
		if (i < n && p[i] != UC_BREAK_POSSIBLE)
			continue;
		for (j = i; j > line && s[j - 1] == ' '; j--)
			continue;
		k = line;
		while (k < j && s[k] == ' ')
			k++;
		if (j > k && memchr(s + k, ' ', j - k) == NULL &&
		    ustr_width(s + k, j - k, e) > width) {
			keep = p[k];
			u8_width_linebreaks((const uint8_t *)s + k, j - k,
			    width, line == 0 ? start : 0, 0, NULL, e, p + k);
			p[k] = keep;
		}
		line = i;
	}
	free(o);
}

/* The width of the widest word of s[0..n-1]: the widest piece a line
 * break after a space can leave. */
int
ustr_widest(const char *s, size_t n, const char *enc)
{
	size_t i, w0;
	int w, max = 0;

	for (i = 0; i < n; i = w0 + 1) {
		for (w0 = i; w0 < n && s[w0] != ' '; w0++)
			continue;
		if ((w = ustr_width(s + i, w0 - i, enc)) > max)
			max = w;
	}
	return max;
}

/*
 * Whether c would act on the terminal, or hide, rather than show:
 * controls (Cc), format characters (Cf: the bidirectional controls,
 * U+FEFF, U+2060, U+180E, the tag characters), line and paragraph
 * separators (Zl, Zp), surrogates and unassigned code points (Cs, Cn,
 * which include the unassigned tags of U+E0000–E007F).
 */
int
ustr_unsafe(uint32_t c)
{
	if (c >= 0x20 && c < 0x7f)
		return 0;
	return uc_is_general_category(c, uc_general_category_or(
	    uc_general_category_or(UC_CONTROL, UC_FORMAT),
	    uc_general_category_or(uc_general_category_or(
	    UC_LINE_SEPARATOR, UC_PARAGRAPH_SEPARATOR),
	    uc_general_category_or(UC_SURROGATE, UC_UNASSIGNED))));
}

static char *
hex(char *q, const char *prefix, unsigned v, int digits)
{
	static const char xd[] = "0123456789ABCDEF";

	while (*prefix != '\0')
		*q++ = *prefix++;
	while (digits-- > 0)
		*q++ = xd[(v >> (4 * digits)) & 0xf];
	return q;
}

/*
 * Returns an allocated copy of s[0..n-1] fit to show in a message:
 * what ustr_unsafe names and bytes that are not UTF-8 become escapes
 * (\t, \n, \r, \e, \\, \xNN, \uNNNN, \UNNNNNN), and text beyond max
 * bytes becomes "...".  Each input byte takes at most four output
 * bytes.
 */
char *
ustr_escape(const char *s, size_t n, size_t max)
{
	const uint8_t *u = (const uint8_t *)s;
	char *r, *q;
	ucs4_t c;
	size_t i = 0;
	int len;

	q = r = xmalloc(4 * (n < max ? n : max) + 32);
	while (i < n) {
		if (i >= max) {
			memcpy(q, "...", 3);
			q += 3;
			break;
		}
		len = u8_mbtoucr(&c, u + i, n - i);
		if (len < 0) {
			q = hex(q, "\\x", u[i], 2);
			i++;
			continue;
		}
		if (c == '\\' || c == '\t' || c == '\n' || c == '\r' ||
		    c == 0x1b) {
			*q++ = '\\';
			*q++ = c == '\\' ? '\\' : c == '\t' ? 't' :
			    c == '\n' ? 'n' : c == '\r' ? 'r' : 'e';
		} else if (c < 0x80 && ustr_unsafe(c))
			q = hex(q, "\\x", c, 2);
		else if (ustr_unsafe(c))
			q = c > 0xffff ? hex(q, "\\U", c, 6) :
			    hex(q, "\\u", c, 4);
		else {
			memcpy(q, u + i, (size_t)len);
			q += len;
		}
		i += (size_t)len;
	}
	*q = '\0';
	return r;
}

/*
 * Writes the UTF-8 s[0..n-1] to fp in the encoding enc (NULL: as it
 * is), unencodable characters as '?'; as UTF-8 when there is no
 * converter for enc, since UTF-8 beats nothing.
 */
void
ustr_fwrite(FILE *fp, const char *s, size_t n, const char *enc)
{
	char *conv;
	size_t len;

	if (enc != NULL && (conv = u8_conv_to_encoding(enc,
	    iconveh_question_mark, (const uint8_t *)s, n, NULL, NULL,
	    &len)) != NULL) {
		fwrite(conv, 1, len, fp);
		free(conv);
	} else
		fwrite(s, 1, n, fp);
}

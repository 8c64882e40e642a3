/*
 * Unicode helpers over libunistring.  Strings are UTF-8 throughout;
 * the encoding set here only decides the width of East Asian
 * "ambiguous" characters, as the terminal will show them.
 */
#include <err.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unilbrk.h>
#include <uninorm.h>
#include <unistr.h>
#include <uniwidth.h>

#include "ustr.h"

static const char *width_encoding = "UTF-8";

void *
xmalloc(size_t n)
{
	void *p;

	if ((p = malloc(n == 0 ? 1 : n)) == NULL)
		err(2, NULL);
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	if ((p = realloc(p, n == 0 ? 1 : n)) == NULL)
		err(2, NULL);
	return p;
}

char *
xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xmalloc(n), s, n);
}

/* Sets the encoding whose rules decide ambiguous widths. */
void
ustr_set_encoding(const char *enc)
{
	width_encoding = enc;
}

/* The number of columns s takes; control characters count as none. */
int
ustr_width(const char *s, size_t n)
{
	size_t i;
	int w;

	/* Printable ASCII, the common case, is a column a byte. */
	for (i = 0; i < n && s[i] >= 0x20 && s[i] < 0x7f; i++)
		continue;
	if (i == n)
		return (int)n;
	w = u8_width((const uint8_t *)s, n, width_encoding);
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
		err(2, NULL);
	r = xrealloc(r, len + 1);
	r[len] = '\0';
	return (char *)r;
}

/* NFKC: full-width digits become ASCII, jamo compose into syllables. */
char *
ustr_nfkc(const char *s)
{
	uint8_t *r;
	size_t len;

	r = u8_normalize(UNINORM_NFKC, (const uint8_t *)s, strlen(s), NULL,
	    &len);
	return terminate(r, len);
}

/* The search form of s, as hscgen computes it for the table's keys. */
char *
ustr_fold(const char *s)
{
	uint8_t *r;
	size_t len;

	r = u8_casefold((const uint8_t *)s, strlen(s), NULL, UNINORM_NFKC,
	    NULL, &len);
	return terminate(r, len);
}

/*
 * Chooses where to break s[0..n-1] for lines of the given width, the
 * first line starting at column start.  On return p[i] is
 * UC_BREAK_POSSIBLE where a line break goes before s[i].  Lines break
 * only after spaces: UAX #14 would also break between any two Hangul
 * syllables, which Korean does not do, and inside names such as
 * WWW-Authenticate or HTTP/1.1, which a reader must see whole.
 */
void
ustr_breaks(const char *s, size_t n, int width, int start, char *p)
{
	char *o = xmalloc(n);
	size_t i;

	for (i = 0; i < n; i++)
		o[i] = i > 0 && s[i - 1] != ' ' ? UC_BREAK_PROHIBITED :
		    UC_BREAK_UNDEFINED;
	u8_width_linebreaks((const uint8_t *)s, n, width, start, 0, o,
	    width_encoding, p);
	free(o);
}

/* Characters that would act on the terminal rather than show. */
static int
is_unsafe(ucs4_t c)
{
	return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x61c ||
	    (c >= 0x200b && c <= 0x200f) || (c >= 0x2028 && c <= 0x202e) ||
	    (c >= 0x2066 && c <= 0x2069);
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
 * control and bidirectional-format characters and bytes that are not
 * UTF-8 become escapes (\t, \n, \e, \\, \xNN, \uNNNN), and text beyond
 * max bytes becomes "...".  Each input byte takes at most four output
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
		if (c == '\\' || c == '\t' || c == '\n' || c == 0x1b) {
			*q++ = '\\';
			*q++ = c == '\\' ? '\\' : c == '\t' ? 't' :
			    c == '\n' ? 'n' : 'e';
		} else if (c < 0x80 && is_unsafe(c))
			q = hex(q, "\\x", c, 2);
		else if (is_unsafe(c))
			q = hex(q, "\\u", c, 4);
		else {
			memcpy(q, u + i, (size_t)len);
			q += len;
		}
		i += (size_t)len;
	}
	*q = '\0';
	return r;
}

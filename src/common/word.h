/*
 * What a word is, what a blank is and what a three-digit code is: the
 * rules that the index (hscgen) and the queries (hsc) must agree on,
 * kept in one unit that both link.
 */
#ifndef HSC_WORD_H
#define HSC_WORD_H

#include <stddef.h>
#include <stdint.h>

/*
 * Blank: the Unicode separators (general categories Zs, Zl, Zp) and
 * the ASCII controls tab, LF, VT, FF and CR.  word_blank_byte is that
 * rule for one ASCII byte, for the callers that split bytes.
 */
static inline int
word_blank_byte(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/*
 * The value of s[0..n-1] when it is three ASCII digits, else -1: the
 * one rule for a three-digit code, inline for the log parser's sake.
 */
static inline int
word_code3(const char *s, size_t n)
{
	if (n != 3 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' ||
	    s[2] < '0' || s[2] > '9')
		return -1;
	return (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
}

/*
 * Whether c is a precomposed Hangul syllable (가 to 힣), inline for
 * the case-folding fast path.
 */
static inline int
word_is_hangul(uint32_t c)
{
	return c >= 0xac00 && c <= 0xd7a3;
}

int		 word_is_blank(uint32_t);
int		 word_is_punct(uint32_t);
const char	*word_trim(const char *, size_t *);
const char	*word_field(const char **, const char *, size_t *);
const char	*word_next(const char **, const char *, size_t *);
/* The most units word_units counts. */
#define WORD_UNITS_MAX	64

int		 word_units(const char *, size_t, uint32_t *);
int		 word_distance(const uint32_t *, int, const uint32_t *, int, int);
size_t		 word_chars(const char *, size_t);
size_t		 word_stem(const char *, size_t);
char		*word_normalize(const char *, size_t);

#endif

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

int		 word_is_blank(uint32_t);
int		 word_is_punct(uint32_t);
const char	*word_trim(const char *, size_t *);
const char	*word_field(const char **, const char *, size_t *);
const char	*word_next(const char **, const char *, size_t *);
int		 word_code3(const char *, size_t);
/* The most units word_units counts. */
#define WORD_UNITS_MAX	64

int		 word_is_hangul(uint32_t);
int		 word_units(const char *, size_t, uint32_t *);
int		 word_distance(const uint32_t *, int, const uint32_t *, int, int);
size_t		 word_chars(const char *, size_t);
size_t		 word_stem(const char *, size_t);
char		*word_normalize(const char *, size_t);

#endif

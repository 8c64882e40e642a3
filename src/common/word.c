/*
 * The tokenizer.  Text is UTF-8 (an invalid byte counts as a letter,
 * so nothing is lost).  A word is a run of non-blank characters,
 * stripped at both ends of the characters that surround words rather
 * than belong to them: punctuation (P*), and the math and modifier
 * symbols (Sm, Sk: <, >, `, ^).  So “teapot”, «teapot», 「게이트웨이」
 * and "teapot" are the words teapot and 게이트웨이; inside a word
 * punctuation stays (HTTP/1.1, max_body, 1.1).
 */
#include <unictype.h>
#include <unistr.h>

#include "word.h"

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

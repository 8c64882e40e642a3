/*
 * The table itself, and lookups by number.  This is the only file that
 * includes the generated rows, once for each array: each section of
 * table.inc is there only when its macro (HSC_CLASS, HSC_CODE,
 * HSC_POOL, HSC_LISTS, HSC_REFS, HSC_CONSTANTS, HSC_REGISTRY, HSC_VOCAB, HSC_NSTRONG, HSC_WORD, HSC_BYLEN,
 * HSC_LENSTART, HSC_BYTES, HSC_PAIRS, HSC_POSTINGS) is defined, and the
 * macros turn the rows into initialisers of the types in table.h, so
 * the compiler checks every row.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "table.h"
#include "word.h"

#define HSC_CLASS(...)	{ __VA_ARGS__ },
const struct hsc_class hsc_classes[5] = {
#include "table.inc"
};
#undef HSC_CLASS

#define HSC_CODE(...)	{ __VA_ARGS__ },
const struct hsc_code hsc_codes[] = {
#include "table.inc"
};
#undef HSC_CODE

const size_t hsc_ncodes = sizeof(hsc_codes) / sizeof(hsc_codes[0]);

#define HSC_POOL(s)	const char hsc_pool[] = s;
#include "table.inc"
#undef HSC_POOL

#define HSC_LISTS(...)	const hsc_str hsc_lists[] = { __VA_ARGS__ };
#include "table.inc"
#undef HSC_LISTS

#define HSC_REFS(...)	const struct hsc_ref hsc_refs[] = { __VA_ARGS__ };
#include "table.inc"
#undef HSC_REFS

#define HSC_CONSTANTS(...) \
	const struct hsc_constant hsc_consts[] = { __VA_ARGS__ };
#include "table.inc"
#undef HSC_CONSTANTS

#define HSC_REGISTRY(s)	const char hsc_registry_date[] = s;
#include "table.inc"
#undef HSC_REGISTRY

#define HSC_VOCAB(s)	const char hsc_vocab[] = s;
#include "table.inc"
#undef HSC_VOCAB

#define HSC_WORD(o, f, n)	{ o, f, n },
const struct hsc_word hsc_words[] = {
#include "table.inc"
};
#undef HSC_WORD

const size_t hsc_nwords = sizeof(hsc_words) / sizeof(hsc_words[0]);

#define HSC_NSTRONG(n)	const size_t hsc_nstrong = n;
#include "table.inc"
#undef HSC_NSTRONG

#define HSC_BYLEN(...)	const unsigned short hsc_bylen[] = { __VA_ARGS__ };
#include "table.inc"
#undef HSC_BYLEN

#define HSC_BYTES(...)	const unsigned short hsc_bytes[256] = { __VA_ARGS__ };
#include "table.inc"
#undef HSC_BYTES

#define HSC_PAIRS(...)	const unsigned char hsc_pairs[65536 / 8] = { __VA_ARGS__ };
#include "table.inc"
#undef HSC_PAIRS

#define HSC_LENSTART(...) \
	const unsigned short hsc_lenstart[WORD_UNITS_MAX + 2] = { __VA_ARGS__ };
#include "table.inc"
#undef HSC_LENSTART

#define HSC_POSTINGS(...)	__VA_ARGS__,
const unsigned short hsc_postings[] = {
#include "table.inc"
};
#undef HSC_POSTINGS

static int
cmp_code(const void *key, const void *elem)
{
	int code = *(const int *)key;
	const struct hsc_code *c = elem;

	return code - (int)c->code;
}

/* The first entry of a code, substatus codes included, or NULL. */
static const struct hsc_code *
first_of(int code)
{
	const struct hsc_code *c;

	c = bsearch(&code, hsc_codes, hsc_ncodes, sizeof(*c), cmp_code);
	while (c != NULL && c > hsc_codes && c[-1].code == code)
		c--;
	return c;
}

/*
 * Returns the first of the meanings of a code and, in *n, how many
 * there are (they are adjacent in the table, before the code's IIS
 * substatus codes, which are not meanings of it); NULL when none.
 */
const struct hsc_code *
codes_find(int code, size_t *n)
{
	const struct hsc_code *c, *first, *end = hsc_codes + hsc_ncodes;

	*n = 0;
	if ((first = first_of(code)) == NULL || first->sub >= 0)
		return NULL;
	for (c = first; c < end && c->code == code && c->sub < 0; c++)
		continue;
	*n = (size_t)(c - first);
	return first;
}

/* The IIS substatus code code.sub (500.19), or NULL. */
const struct hsc_code *
codes_find_sub(int code, int sub)
{
	const struct hsc_code *c, *end = hsc_codes + hsc_ncodes;

	if (sub < 0 || (c = first_of(code)) == NULL)
		return NULL;
	for (; c < end && c->code == code; c++)
		if (c->sub == sub)
			return c;
	return NULL;
}

/*
 * Returns the first of the IIS substatus codes of a code and, in *n,
 * how many there are (adjacent, in order); NULL when none.
 */
const struct hsc_code *
codes_subs(int code, size_t *n)
{
	const struct hsc_code *c, *first, *end = hsc_codes + hsc_ncodes;

	*n = 0;
	if ((first = first_of(code)) == NULL)
		return NULL;
	while (first < end && first->code == code && first->sub < 0)
		first++;
	for (c = first; c < end && c->code == code; c++)
		continue;
	*n = (size_t)(c - first);
	return *n > 0 ? first : NULL;
}

/* The entry a see-also reference names (the first meaning), or NULL. */
const struct hsc_code *
codes_ref(const struct hsc_ref *r)
{
	size_t n;

	return r->sub >= 0 ? codes_find_sub(r->code, r->sub) :
	    codes_find(r->code, &n);
}

/*
 * Whether an entry belongs in the lists of classes, patterns and
 * ranges: a status code of 100-599 itself, not one of its IIS
 * substatus codes, not 000 or 999.
 */
int
codes_listed(const struct hsc_code *c)
{
	return c->sub < 0 && c->code >= 100 && c->code <= 599;
}

/* Writes an entry's name as a number, "404", "500.19" or "000". */
int
codes_id(const struct hsc_code *c, char *buf, size_t size)
{
	char d[16];
	int n = 0, k = 0, v;

	/* By hand: snprintf would cost more than the rest of a lookup. */
	d[n++] = (char)('0' + c->code / 100);
	d[n++] = (char)('0' + c->code / 10 % 10);
	d[n++] = (char)('0' + c->code % 10);
	if (c->sub >= 0) {
		d[n++] = '.';
		for (v = c->sub; v >= 10 && k < 4; k++)
			v /= 10;
		for (v = c->sub, k = n + k; k >= n; k--, v /= 10)
			d[k] = (char)('0' + v % 10);
		n += (c->sub >= 1000) + (c->sub >= 100) + (c->sub >= 10) + 1;
	}
	if (size == 0)
		return n;
	memcpy(buf, d, (size_t)n < size ? (size_t)n : size - 1);
	buf[(size_t)n < size ? (size_t)n : size - 1] = '\0';
	return n;
}

/* The class of a code, 100-599. */
const struct hsc_class *
codes_class(int code)
{
	return &hsc_classes[code / 100 - 1];
}

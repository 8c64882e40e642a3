/*
 * The table itself, and lookups by number.  This is the only file that
 * includes the generated rows, once for each array: each section of
 * table.inc is there only when its macro (HSC_CLASS, HSC_CODE,
 * HSC_REGISTRY, HSC_VOCAB, HSC_WORD, HSC_POSTINGS) is defined, and the macros turn
 * the rows into initialisers of the types in table.h, so the compiler
 * checks every row.
 */
#include <stdlib.h>

#include "table.h"

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

/*
 * Returns the first of the meanings of a code and, in *n, how many
 * there are (they are adjacent in the table); NULL when none.
 */
const struct hsc_code *
codes_find(int code, size_t *n)
{
	const struct hsc_code *c, *first, *end = hsc_codes + hsc_ncodes;

	c = bsearch(&code, hsc_codes, hsc_ncodes, sizeof(*c), cmp_code);
	if (c == NULL) {
		*n = 0;
		return NULL;
	}
	for (first = c; first > hsc_codes && first[-1].code == code; first--)
		continue;
	for (c++; c < end && c->code == code; c++)
		continue;
	*n = (size_t)(c - first);
	return first;
}

/* The class of a code, 100-599. */
const struct hsc_class *
codes_class(int code)
{
	return &hsc_classes[code / 100 - 1];
}

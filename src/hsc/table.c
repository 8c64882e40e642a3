/*
 * The table itself, and nothing else (codes.c looks it up).  This is
 * the only file that includes the generated rows, once for each array:
 * each section of table.inc is there only when its macro (HSC_CLASS,
 * HSC_CODE, HSC_POOL, HSC_LISTS, HSC_REFS, HSC_CONSTANTS, HSC_REGISTRY,
 * HSC_VOCAB, HSC_NSTRONG, HSC_WORD, HSC_BYLEN, HSC_LENSTART, HSC_BYTES,
 * HSC_PAIRS, HSC_POSTINGS) is defined, and the macros turn the rows
 * into initialisers of the types in table.h, so the compiler checks
 * every row.  The real table and the tests' fixture are two objects
 * of this one file.
 */
#include <stddef.h>

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

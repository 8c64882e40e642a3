/*
 * The names of the lists in defs.h, and the one rule that maps a
 * language or locale name to a language.
 */
#include <string.h>

#include "defs.h"

const char *const hsc_lang_codes[LANG_MAX] = {
#define X(id, code)	code,
	HSC_LANGS(X)
#undef X
};

const char *const hsc_kind_names[KIND_MAX] = {
#define X(id, name, en, ko)	name,
	HSC_KINDS(X)
#undef X
};

const char *const hsc_kind_labels[KIND_MAX][LANG_MAX] = {
#define X(id, name, en, ko)	{ en, ko },
	HSC_KINDS(X)
#undef X
};

const struct hsc_const_def hsc_const_defs[CONST_MAX] = {
#define X(id, key, label, prefix, chars)	{ key, label, prefix, chars },
	HSC_CONSTS(X)
#undef X
};

/* Every language's UI words are listed in LANG order: two of them. */
_Static_assert(LANG_MAX == 2, "a new language needs its UI words");

/*
 * The language that a language or locale name names: its language code
 * whole, or followed by a territory, codeset or modifier ("ko",
 * "ko_KR", "ko_KR.UTF-8", "ko@…", "ko-KR"); "C" and "POSIX" are
 * English.  Returns -1 for anything else: "kok_IN" (Konkani) is not
 * Korean.
 */
int
hsc_lang_parse(const char *s)
{
	size_t n;
	int l;

	for (l = 0; l < LANG_MAX; l++) {
		n = strlen(hsc_lang_codes[l]);
		if (strncmp(s, hsc_lang_codes[l], n) == 0 &&
		    (s[n] == '\0' || strchr("_.@-", s[n]) != NULL))
			return l;
	}
	if (strcmp(s, "C") == 0 || strcmp(s, "POSIX") == 0 ||
	    strncmp(s, "C.", 2) == 0)
		return LANG_EN;
	return -1;
}

/* The kind that data/ and JSON call s, or -1. */
int
hsc_kind_parse(const char *s)
{
	int k;

	for (k = 0; k < KIND_MAX; k++)
		if (strcmp(s, hsc_kind_names[k]) == 0)
			return k;
	return -1;
}

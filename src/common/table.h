/*
 * The compiled-in table of status codes.  The rows come from
 * build/table.inc, which hscgen generates from the files in data/;
 * this header is the only description of their layout, shared by hsc
 * and hscgen.
 */
#ifndef HSC_CODES_H
#define HSC_CODES_H

#include <stddef.h>

#include "defs.h"

/*
 * Where a word of the texts stands, from the most to the least
 * specific: the names (phrase, aliases, Korean name, search-only
 * names, constants), the summaries with origin, spec and headers, the
 * causes, the detailed texts.
 */
enum hsc_key {
	KEY_NAME,
	KEY_SUMMARY,
	KEY_CAUSES,
	KEY_DETAIL,
	KEY_MAX
};

/*
 * The search index, built by hscgen: every distinct word of the texts,
 * case-folded and NFKC-normalised, in hsc_vocab ("\nword\nword\n…",
 * sorted bytewise), with the stems of Korean words and their
 * compounds (see src/gen/hscgen.c);
 * for each, where it occurs: postings (entry index << 2 | enum hsc_key),
 * the best key per entry.  A query word matches the words that contain
 * it, so search reads the vocabulary once instead of every text.
 */
/*
 * The limits of that format, which hscgen checks: a posting keeps the
 * entry in 14 bits, a word's postings are counted in 16.
 */
#define HSC_MAX_ENTRIES		(1u << 14)
#define HSC_MAX_POSTINGS	0xffffu

struct hsc_word {
	unsigned int	off;		/* of the word in hsc_vocab */
	unsigned int	first;		/* of its postings */
	unsigned short	count;
};

struct hsc_class {
	const char	*name[LANG_MAX];
	const char	*summary[LANG_MAX];
	const char	*detail[LANG_MAX];	/* paragraphs split by '\n' */
	const char	*names;			/* as search compares them */
};

/*
 * One name a library gives a code, and the versions of that library it
 * holds for: from since (NULL: as far back as it matters), deprecated
 * from deprecated, gone from until on (NULL: still there).
 */
struct hsc_constant {
	const char	*name;
	const char	*since;
	const char	*until;
	const char	*deprecated;
};

/* A code (sub -1) or an IIS substatus code (500.19), as see-also. */
struct hsc_ref {
	short		 code;		/* -1 ends a list */
	short		 sub;
};

/*
 * An entry: a meaning of a status code, an IIS substatus code (sub,
 * 500.19 is 500 with sub 19), or one of the numbers outside 100-599
 * that data/other.txt lists (000, no response; 999).  Sorted by code,
 * then sub: a code's meanings first, then its substatus codes.
 */
struct hsc_code {
	unsigned short	 code;
	short		 sub;			/* or -1 */
	unsigned char	 kind;			/* enum hsc_kind */
	const char	*origin;		/* "IANA" or the vendor */
	const char	*origin_ko;		/* in Korean, or NULL: the same */
	const char	*phrase;
	const char *const *aliases;		/* NULL-terminated */
	const char	*name_ko;
	const char	*summary[LANG_MAX];
	const char	*spec;
	const char *const *sources;		/* NULL-terminated */
	const struct hsc_ref *see;
	const char *const *headers;		/* NULL-terminated */
	/* Per library: the current name first, then older ones; each
	 * list ends with a NULL name; NULL where the library has none. */
	const struct hsc_constant *consts[CONST_MAX];
	const char	*detail[LANG_MAX];	/* paragraphs split by '\n' */
	const char	*causes[LANG_MAX];	/* items split by '\n', or NULL */
	const char	*names;			/* folded names, one a line */
	const char	*sums;			/* folded summaries, likewise */
	unsigned short	 prior;			/* how common; 0: rare */
};

extern const struct hsc_class	 hsc_classes[5];
extern const struct hsc_code	 hsc_codes[];
extern const size_t		 hsc_ncodes;

/* The date of the IANA registry the table follows: "2025-09-15". */
extern const char		 hsc_registry_date[];

extern const char		 hsc_vocab[];
extern const struct hsc_word	 hsc_words[];
extern const size_t		 hsc_nwords;
extern const size_t		 hsc_nstrong;	/* of names and summaries */
extern const unsigned short	 hsc_bylen[];	/* those, by length */
extern const unsigned short	 hsc_lenstart[];	/* where a length starts */
extern const unsigned char	 hsc_pairs[];	/* their pairs of bytes */
extern const unsigned short	 hsc_bytes[256];	/* their bytes' counts */
extern const unsigned short	 hsc_postings[];


const struct hsc_code	*codes_find(int, size_t *);
const struct hsc_code	*codes_find_sub(int, int);
const struct hsc_code	*codes_subs(int, size_t *);
const struct hsc_code	*codes_ref(const struct hsc_ref *);
const struct hsc_class	*codes_class(int);
int			 codes_listed(const struct hsc_code *);
int			 codes_id(const struct hsc_code *, char *, size_t);

#endif

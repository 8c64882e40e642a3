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
 * The table holds no pointers (a position-independent program would
 * have each relocated at every start): a string is an offset into
 * hsc_pool, 0 for none, read with hsc_s; a list of strings an index
 * into hsc_lists, whose offsets end with 0 (list 0 is empty); the
 * see-also lists, indices into hsc_refs; a library's names, an index
 * into hsc_consts (0: the library has none).
 */
typedef unsigned int	hsc_str;

extern const char	hsc_pool[];

static inline const char *
hsc_s(hsc_str off)
{
	return off != 0 ? hsc_pool + off : (const char *)0;
}

/*
 * One name a library gives a code, and the versions of that library it
 * holds for: from since (0: as far back as it matters), deprecated
 * from deprecated, gone from until on (0: still there).  A library's
 * names end with a name of 0.
 */
struct hsc_constant {
	hsc_str		 name;
	hsc_str		 since;
	hsc_str		 until;
	hsc_str		 deprecated;
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
	hsc_str		 origin;		/* "IANA" or the vendor */
	hsc_str		 origin_ko;		/* in Korean, or 0: the same */
	hsc_str		 phrase;
	unsigned int	 aliases;		/* into hsc_lists */
	hsc_str		 name_ko;
	hsc_str		 summary[LANG_MAX];
	hsc_str		 spec;
	unsigned int	 sources;		/* into hsc_lists */
	unsigned int	 see;			/* into hsc_refs */
	unsigned int	 headers;		/* into hsc_lists */
	/* Per library: the current name first, then older ones. */
	unsigned int	 consts[CONST_MAX];	/* into hsc_consts, or 0 */
	hsc_str		 detail[LANG_MAX];	/* paragraphs split by '\n' */
	hsc_str		 causes[LANG_MAX];	/* items split by '\n', or 0 */
	hsc_str		 names;			/* folded names, one a line */
	hsc_str		 sums;			/* folded summaries, likewise */
	unsigned short	 prior;			/* how common; 0: rare */
};

extern const hsc_str		 hsc_lists[];
extern const struct hsc_ref	 hsc_refs[];
extern const struct hsc_constant hsc_consts[];

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
const struct hsc_code	*codes_own_subs(const struct hsc_code *, size_t *);
const struct hsc_code	*codes_ref(const struct hsc_ref *);
const struct hsc_class	*codes_class(int);
int			 codes_listed(const struct hsc_code *);
int			 codes_id(const struct hsc_code *, char *, size_t);

#endif

/*
 * Reading and checking the files in data/, for hscgen (and for its
 * tests).  The format, and every rule checked here, are described in
 * data/README.md.
 */
#ifndef HSC_DATAFILE_H
#define HSC_DATAFILE_H

#include <stdio.h>

#include "defs.h"

/* The fields; those given per language or per library are runs. */
enum df_field {
	F_CLASS,
	F_CODE,
	F_ORIGIN,
	F_ORIGIN_KO,
	F_KIND,
	F_PHRASE,
	F_ALIAS,
	F_NAME,				/* name.en, name.ko: + enum hsc_lang */
	F_SUMMARY = F_NAME + LANG_MAX,
	F_SPEC = F_SUMMARY + LANG_MAX,
	F_SOURCE,
	F_SEE,
	F_HEADERS,
	F_CONST,			/* const.go …: + enum hsc_const */
	F_DETAIL = F_CONST + CONST_MAX,
	F_CAUSES = F_DETAIL + LANG_MAX,
	F_SEARCH = F_CAUSES + LANG_MAX,	/* search.en …: + enum hsc_lang */
	F_MAX = F_SEARCH + LANG_MAX
};

/* The widest a summary may be, in columns. */
#define DF_SUMMARY_MAX	72
/* The fewest sentences a detailed text may have, in each language. */
#define DF_DETAIL_SENTENCES	3

/*
 * A line of a const.* field: the name, and the library versions it
 * holds for (NULL where not given), as data/README.md describes them.
 */
struct df_const {
	char		*name;
	char		*since;
	char		*until;
	char		*deprecated;
	int		 line;
};

/* Where a piece of a field's text came from: its offset, its line. */
struct df_seg {
	size_t		 off;
	int		 line;
};

/* A line of the glossary: the term to use, the variants not to. */
struct df_term {
	char		*use;
	char		**avoid;	/* NULL-terminated */
};

/* A code (sub -1) or an IIS substatus code, as see: names them. */
struct df_ref {
	int		 code;		/* -1 ends a list */
	int		 sub;
};

struct df_record {
	const char	*file;
	int		 line;		/* of the record's first field */
	size_t		 seq;		/* order of reading */
	int		 is_class;
	int		 code;		/* 100-599, or one of other.txt's;
					 * for a class, 100 * digit */
	int		 sub;		/* an IIS substatus (500.19), or -1 */
	int		 kind;		/* enum hsc_kind, for codes */
	/* NULL where absent; for const.*, the names alone, one a line */
	char		*val[F_MAX];
	int		 vline[F_MAX];
	int		 prior;		/* how common: 0, or more the commoner */
	char		**aliases;	/* NULL-terminated, as checked */
	char		**headers;	/* NULL-terminated, as checked */
	char		**sources;	/* NULL-terminated */
	struct df_ref	*see;		/* ends with code -1, as checked */
	struct df_const	*consts[CONST_MAX];	/* the lines, in order */
	size_t		 nconsts[CONST_MAX];
	struct df_seg	*segs[F_MAX];	/* the lines each text came from */
	size_t		 nsegs[F_MAX];
};

struct df_db {
	struct df_record *rec;
	size_t		  nrec;
	size_t		  cap;
	char		**files;	/* names kept for the records */
	size_t		  nfiles;
	int		  nerr;
	int		  subset;	/* a part of the codes: the fixture */
	FILE		 *errf;		/* where messages go */
	struct df_term	 *terms;	/* the Korean glossary, if read */
	size_t		  nterms;
	char		 *glossary;	/* the file it came from */
};

extern const char *const df_field_names[F_MAX];
extern const char	df_iana_date[];

void	df_init(struct df_db *, FILE *);
int	df_read_common(struct df_db *, const char *);
int	df_read(struct df_db *, const char *);
int	df_read_stream(struct df_db *, FILE *, const char *);
int	df_read_glossary(struct df_db *, const char *);
int	df_read_glossary_stream(struct df_db *, FILE *, const char *);
int	df_finish(struct df_db *);
void	df_free(struct df_db *);

#endif

/*
 * Reading and checking the files in data/, for hscgen (and for its tests).
 * The format is described in data/README.md.
 */
#ifndef HSC_DATAFILE_H
#define HSC_DATAFILE_H

#include <stdio.h>

enum df_field {
	F_CLASS,
	F_CODE,
	F_ORIGIN,
	F_KIND,
	F_PHRASE,
	F_ALIAS,
	F_NAME_EN,
	F_NAME_KO,
	F_SUMMARY_EN,
	F_SUMMARY_KO,
	F_SPEC,
	F_SEE,
	F_HEADERS,
	F_CONST_GO,
	F_CONST_PYTHON,
	F_CONST_RUST,
	F_CONST_SPRING,
	F_CONST_DOTNET,
	F_CONST_NODE,
	F_DETAIL_EN,
	F_DETAIL_KO,
	F_CAUSES_EN,
	F_CAUSES_KO,
	F_MAX
};

/* The widest a summary may be, in columns. */
#define DF_SUMMARY_MAX	72

struct df_record {
	const char	*file;
	int		 line;		/* of the record's first field */
	size_t		 seq;		/* order of reading */
	int		 is_class;
	int		 code;		/* 100-599; for a class, 100 * digit */
	int		 kind;		/* enum hsc_kind, for codes */
	char		*val[F_MAX];	/* NULL where absent */
	int		 vline[F_MAX];
	unsigned short	*see;		/* 0-terminated */
};

struct df_db {
	struct df_record *rec;
	size_t		  nrec;
	size_t		  cap;
	char		**files;	/* names kept for the records */
	size_t		  nfiles;
	int		  nerr;
	FILE		 *errf;		/* where messages go */
};

extern const char *const df_field_names[F_MAX];

void	df_init(struct df_db *, FILE *);
int	df_read(struct df_db *, const char *);
int	df_read_stream(struct df_db *, FILE *, const char *);
int	df_finish(struct df_db *);
void	df_free(struct df_db *);

#endif

/*
 * Log triage: tallying the status codes of access logs or of lists of
 * codes, with a fixed table indexed by code (0: no response), who sent
 * each (the proxy itself, or the backend through it), the top values
 * of one dimension per code, and counts per time bucket.  The tally is
 * data; the formatters show it.
 */
#ifndef HSC_COUNT_H
#define HSC_COUNT_H

#include <stddef.h>
#include <stdio.h>

#include "logfmt.h"
#include "timeline.h"

struct query;
struct topn;

/* What to count, from the options. */
struct countopts {
	struct logopts		 log;
	int			 by;		/* enum dim, or DIM_NONE */
	int			 top;		/* rows per code with --by */
	const struct query	*only;		/* --only, or none */
	int			 nonly;
	int			 only_none;	/* --only has 000 */
	int			 timeline;	/* --timeline given */
	long long		 bucket;	/* its length, or 0: from the span */
	int			 threads;	/* 0: one per processor */
};

/* The first skipped line worth a word. */
struct skipped {
	unsigned long long	 line;
	char			*file;
	int			 why;		/* enum skip */
	int			 hint;
};

struct count {
	const struct countopts	*opt;
	unsigned long long	 n[600];	/* by code; n[0]: no response */
	unsigned long long	 generated[600];	/* the proxy's own */
	unsigned long long	 passed[600];	/* from the backend */
	unsigned long long	 total;		/* lines with a status */
	unsigned long long	 skipped;	/* lines without, directives too */
	unsigned long long	 directives;	/* W3C #-lines, comments */
	unsigned long long	 formats[LF_MAX];
	unsigned long long	 untimed;	/* --timeline: no time to place */
	unsigned long long	 lines;		/* read, blank ones too */
	struct skipped		 first;
	struct topn		*sub;		/* "500.19": IIS substatus */
	struct topn		*by[600];	/* --by, per code */
	struct timeline		 tl;
	int			 has_tl;
	int			 tz;		/* the first time's offset */
	int			 has_tz;
	size_t			 budget;	/* of the topn tables */
	char			*buf;		/* reused for every read */
	size_t			 cap;
};

void	count_init(struct count *, const struct countopts *);
int	count_file(struct count *, const char *);
int	count_stream(struct count *, struct logstate *, FILE *,
	    const char *);
void	count_line(struct count *, struct logstate *, const char *, size_t,
	    unsigned long long, const char *);
void	count_free(struct count *);
int	count_selected(const struct countopts *, int);
int	count_series(const struct countopts *);
size_t	count_ranked(const struct count *, int *);
void	count_classes(const struct count *, unsigned long long[6]);
double	count_share(const struct count *, unsigned long long);
int	count_has_origin(const struct count *);

#endif

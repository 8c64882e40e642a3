/*
 * hsc --annotate: a filter that copies its input and adds to every line
 * with a status it recognises the code's name, at the end of the line.
 */
#ifndef HSC_ANNOTATE_H
#define HSC_ANNOTATE_H

#include <stddef.h>

#include "logfmt.h"

struct out;

struct annot {
	struct out	*o;		/* language, colour, encoding */
	size_t		 max_line;	/* longer lines pass unannotated */
	int		 fd;		/* where the output goes */
	int		 werr;		/* errno of a failed write, or 0 */
	int		 threads;	/* for a large file; 0: per processor */
	int		 hold;		/* output gathered, not written */
	unsigned long long found;	/* lines annotated */
	char		*buf;		/* input not yet written */
	size_t		 cap;
	size_t		 have;
	int		 passing;	/* in a line longer than max_line */
	char		*obuf;		/* output not yet written */
	size_t		 ocap;
	size_t		 olen;
	char		*label[1000];	/* by code, made when first needed */
	size_t		 label_len[1000];
	unsigned char	 known[1000];	/* 0: not yet, 1: none, 2: label */
	struct logopts	 lo;		/* how log lines are read */
	struct logstate	 ls;
};

int	annot_find(const char *, size_t, int, size_t *);
void	annot_init(struct annot *, struct out *, int, int);
int	annot_fd(struct annot *, int);
int	annot_feed(struct annot *, const char *, size_t);
int	annot_end(struct annot *);
void	annot_free(struct annot *);

#endif

/*
 * Log triage: tallying the status codes of access logs or of lists of
 * codes, with a fixed table indexed by code.
 */
#ifndef HSC_COUNT_H
#define HSC_COUNT_H

#include <stddef.h>
#include <stdio.h>

struct count {
	unsigned long long	 n[600];	/* by code */
	unsigned long long	 total;		/* lines with a code */
	unsigned long long	 skipped;	/* lines without */
	unsigned long long	 first_skipped;	/* its line number */
	char			*first_file;	/* and file */
	int			 field;		/* 1-based, 0: automatic */
	char			*buf;		/* reused for every read */
	size_t			 cap;
};

int	count_line(const char *, size_t, int);
void	count_init(struct count *, int);
int	count_stream(struct count *, FILE *, const char *);
void	count_free(struct count *);
size_t	count_ranked(const struct count *, int *);
void	count_classes(const struct count *, unsigned long long[6]);
double	count_share(const struct count *, unsigned long long);

#endif

/*
 * Where text output goes: a stdio stream, in the locale's encoding,
 * with or without colour, wrapped or not.
 */
#ifndef HSC_OUT_H
#define HSC_OUT_H

#include <stddef.h>
#include <stdio.h>

struct out {
	FILE		*fp;
	const char	*conv;	/* target encoding, or NULL to write UTF-8 */
	int		 color;
	int		 width;	/* columns to wrap at; 0: no wrapping */
	int		 lang;	/* enum hsc_lang */
};

struct hsc_code;

/* One answer: an entry of the table, or an unassigned code (c NULL). */
struct result {
	const struct hsc_code	*c;
	int			 code;
};

void	out_write(struct out *, const char *, size_t);
void	out_puts(struct out *, const char *);
void	out_spaces(struct out *, int);
void	out_sgr(struct out *, const char *);
int	out_wrap(struct out *, const char *, size_t, int, int);

/* The two formatters. */
void	text_print(struct out *, const struct result *, size_t, int);
void	json_print(FILE *, const struct result *, size_t);
void	json_string(FILE *, const char *, size_t);
void	text_list_codes(struct out *);
const char *text_label(const struct result *, int, char *, size_t);
void	text_code(struct out *, int, int);

#endif

/*
 * Where output goes: a stdio stream, in the locale's encoding, with or
 * without colour, wrapped or not, in one language.  out_init decides
 * all of it once, from the options and the environment; everything
 * that writes takes the state it filled.
 */
#ifndef HSC_OUT_H
#define HSC_OUT_H

#include <stddef.h>
#include <stdio.h>

struct hsc_opts;
struct hsc_code;
struct count;

struct out {
	FILE		*fp;
	const char	*conv;	/* target encoding, or NULL to write UTF-8 */
	const char	*enc;	/* the encoding whose widths the terminal has */
	int		 color;
	int		 width;	/* columns to wrap at; 0: no wrapping */
	int		 lang;	/* enum hsc_lang */
};

/* One answer: an entry of the table, or an unassigned code (c NULL). */
struct result {
	const struct hsc_code	*c;
	int			 code;
};

void	out_init(struct out *, FILE *, const struct hsc_opts *);
void	out_write(struct out *, const char *, size_t);
void	out_puts(struct out *, const char *);
void	out_spaces(struct out *, int);
void	out_sgr(struct out *, const char *);
int	out_width(const struct out *, const char *);
int	out_wrap(struct out *, const char *, size_t, int, int);

/*
 * The formatters.  Each renders the answers to queries and the tally
 * of --count through the same two entry points.
 */
struct formatter {
	void	(*results)(struct out *, const struct result *, size_t, int);
	void	(*count)(struct out *, const struct count *, int);
};

extern const struct formatter	text_formatter;
extern const struct formatter	json_formatter;

void	json_string(FILE *, const char *, size_t);
void	text_list_codes(struct out *);
const char *text_label(const struct result *, int, char *, size_t);
const char *text_sgr(int);

#endif

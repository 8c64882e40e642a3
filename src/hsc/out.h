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
	int		 width;	/* no line wider; 0: no wrapping */
	int		 measure; /* where prose wraps: width, or less */
	int		 lang;	/* enum hsc_lang */
	/* Output kept for a pager, when stdout is a terminal. */
	FILE		*dest;	/* where it goes without a pager */
	const char	*pager;
	char		*buf;
	size_t		 len;
};

/*
 * Prose wraps at the terminal's width, but at most this many columns
 * unless --width asks for more: a longer line is hard to follow back
 * to the start of the next, and man pages and most pagers settle near
 * it.
 */
#define OUT_MEASURE	100

/*
 * One answer: an entry of the table, an unassigned code (c NULL), or
 * the overview of a class that a query named (c NULL, class set, code
 * the class's x00).  subs: the code was asked for by number; the text
 * view lists its IIS substatus codes after it.
 */
struct result {
	const struct hsc_code	*c;
	int			 code;
	int			 match;	/* a search's best key, or -1 */
	int			 class;	/* a class's overview (c NULL) */
	int			 subs;
};

void	out_init(struct out *, FILE *, const struct hsc_opts *);
void	out_end(struct out *);
void	out_write(struct out *, const char *, size_t);
void	out_puts(struct out *, const char *);
void	out_spaces(struct out *, int);
void	out_sgr(struct out *, const char *);
int	out_width(const struct out *, const char *);
int	out_wrap(struct out *, const char *, size_t, int, int, int);
int	out_para(struct out *, const char *, size_t, int, int);
int	out_lines(struct out *, const char *, size_t, int, int, int, int,
	    int *);

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
void	text_help(struct out *, const char *);
const char *text_label(const struct result *, int, char *, size_t);
const char *text_sgr(int);

#endif

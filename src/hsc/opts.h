/*
 * Command-line options.
 */
#ifndef HSC_OPTS_H
#define HSC_OPTS_H

#include <stddef.h>

/*
 * The narrowest width hsc lays out: --width refuses less, a narrower
 * terminal or COLUMNS gets this.  Twenty columns still hold a code and
 * a few words beside an indent, and every label of the long view.
 */
#define WIDTH_MIN	20
#define WIDTH_MAX	10000

enum color_when {
	COLOR_AUTO,
	COLOR_ALWAYS,
	COLOR_NEVER
};

struct hsc_opts {
	int	  all;
	int	  json;
	int	  longfmt;
	int	  search;
	int	  help;
	int	  version;
	int	  list_codes;
	int	  count;
	int	  no_pager;	/* --no-pager */
	int	  annotate;
	int	  field;	/* --field for --count; 0: automatic */
	int	  backend_field;	/* --backend-field, or 0 */
	int	  format;	/* --format: enum logfmt (LF_AUTO) */
	const char *json_field;	/* --json-field, or NULL */
	const char *json_backend;	/* --json-backend, or NULL */
	int	  by;		/* --by: enum dim (DIM_NONE) */
	const char *only;	/* --only, as given, or NULL */
	int	  top;		/* --top, or 0: not given */
	int	  timeline;	/* --timeline given */
	long long bucket;	/* its length in seconds, or 0 */
	int	  lang;		/* enum hsc_lang, or -1: not given */
	int	  width;	/* -1: not given */
	int	  color;	/* enum color_when */
	char	**args;
	int	  nargs;
};

struct hsc_error;

int	opts_parse(int, char *[], struct hsc_opts *, struct hsc_error *);
int	opts_width(const char *);

#endif

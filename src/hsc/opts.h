/*
 * Command-line options.
 */
#ifndef HSC_OPTS_H
#define HSC_OPTS_H

#include <stddef.h>

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
	int	  field;	/* --field for --count; 0: automatic */
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

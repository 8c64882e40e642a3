/*
 * Option parsing, into one struct.  It prints nothing and exits
 * nowhere: it returns 0, or 2 with the usage error recorded, so the
 * tests can call it.  getopt_long's own messages are off, since they
 * would echo the user's bytes to the terminal unescaped.
 */
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "defs.h"
#include "logfmt.h"
#include "msg.h"
#include "opts.h"
#include "timeline.h"
#include "ustr.h"
#include "xalloc.h"

enum {
	OPT_BACKEND_FIELD = CHAR_MAX + 1,
	OPT_BY,
	OPT_COLOR,
	OPT_FIELD,
	OPT_FORMAT,
	OPT_JSON_BACKEND,
	OPT_JSON_FIELD,
	OPT_LANG,
	OPT_LIST_CODES,
	OPT_ONLY,
	OPT_TIMELINE,
	OPT_TOP
};

static const struct option longopts[] = {
	{ "all",	no_argument,		NULL, 'a' },
	{ "backend-field", required_argument,	NULL, OPT_BACKEND_FIELD },
	{ "by",		required_argument,	NULL, OPT_BY },
	{ "color",	optional_argument,	NULL, OPT_COLOR },
	{ "colour",	optional_argument,	NULL, OPT_COLOR },
	{ "count",	no_argument,		NULL, 'c' },
	{ "field",	required_argument,	NULL, OPT_FIELD },
	{ "format",	required_argument,	NULL, OPT_FORMAT },
	{ "help",	no_argument,		NULL, 'h' },
	{ "json",	no_argument,		NULL, 'j' },
	{ "json-backend-field", required_argument, NULL, OPT_JSON_BACKEND },
	{ "json-field",	required_argument,	NULL, OPT_JSON_FIELD },
	{ "lang",	required_argument,	NULL, OPT_LANG },
	{ "list-codes",	no_argument,		NULL, OPT_LIST_CODES },
	{ "long",	no_argument,		NULL, 'l' },
	{ "only",	required_argument,	NULL, OPT_ONLY },
	{ "search",	no_argument,		NULL, 's' },
	{ "timeline",	optional_argument,	NULL, OPT_TIMELINE },
	{ "top",	required_argument,	NULL, OPT_TOP },
	{ "version",	no_argument,		NULL, 'V' },
	{ "width",	required_argument,	NULL, 'w' },
	{ NULL,		0,			NULL, 0 }
};

static const char shortopts[] = ":achjlsVw:";

/* A width of 0 to 10000 columns, or -1. */
int
opts_width(const char *s)
{
	char *end;
	long v;

	if (*s < '0' || *s > '9')
		return -1;
	v = strtol(s, &end, 10);
	if (*end != '\0' || v > 10000)
		return -1;
	return (int)v;
}

static int
color_when(const char *s)
{
	static const struct {
		const char	*name;
		int		 when;
	} whens[] = {
		{ "always", COLOR_ALWAYS }, { "yes", COLOR_ALWAYS },
		{ "force", COLOR_ALWAYS }, { "never", COLOR_NEVER },
		{ "no", COLOR_NEVER }, { "none", COLOR_NEVER },
		{ "auto", COLOR_AUTO }, { "tty", COLOR_AUTO },
		{ "if-tty", COLOR_AUTO },
	};
	size_t i;

	if (s == NULL)
		return COLOR_ALWAYS;
	for (i = 0; i < sizeof(whens) / sizeof(whens[0]); i++)
		if (strcmp(s, whens[i].name) == 0)
			return whens[i].when;
	return -1;
}

/* Records usage error d about arg, escaped and cut short; returns 2. */
static int
bad(struct hsc_error *err, enum diag d, const char *arg)
{
	char *e = ustr_escape(arg, strlen(arg), 40);

	msg_error(err, d, e);
	free(e);
	return 2;
}

/*
 * Whether arg gives a value ("--json=1") to a long option that takes
 * none: getopt_long then reports the option's short letter in optopt,
 * which would name the wrong thing.
 */
static int
given_arg(const char *arg)
{
	const struct option *lo;
	const char *eq;
	size_t n;

	if (strncmp(arg, "--", 2) != 0 || (eq = strchr(arg, '=')) == NULL)
		return 0;
	n = (size_t)(eq - arg - 2);
	for (lo = longopts; lo->name != NULL; lo++)
		if (lo->has_arg == no_argument && lo->val == optopt &&
		    strncmp(lo->name, arg + 2, n) == 0)
			return 1;
	return 0;
}

/*
 * Whether s is a path of JSON keys joined by dots: no empty key, no
 * control character, shorter than LOG_PATH_MAX.
 */
static int
json_path(const char *s)
{
	size_t n = strlen(s), i;

	if (n == 0 || n >= LOG_PATH_MAX || s[0] == '.' || s[n - 1] == '.' ||
	    strstr(s, "..") != NULL)
		return 0;
	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
			return 0;
	return ustr_valid(s, n);
}

int
opts_parse(int argc, char *argv[], struct hsc_opts *o,
    struct hsc_error *err)
{
	int c;

	memset(o, 0, sizeof(*o));
	o->lang = -1;
	o->width = -1;
	o->color = COLOR_AUTO;
	opterr = 0;
	optind = 0;	/* a full reset, for glibc */
	while ((c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
		switch (c) {
		case 'a':
			o->all = 1;
			break;
		case 'c':
			o->count = 1;
			break;
		case 'h':
			o->help = 1;
			break;
		case 'j':
			o->json = 1;
			break;
		case 'l':
			o->longfmt = 1;
			break;
		case 's':
			o->search = 1;
			break;
		case 'V':
			o->version = 1;
			break;
		case 'w':
			if ((o->width = opts_width(optarg)) < 0)
				return bad(err, D_BAD_WIDTH, optarg);
			break;
		case OPT_BACKEND_FIELD:
			o->backend_field = opts_width(optarg);
			if (o->backend_field < 1 || o->backend_field > 1000)
				return bad(err, D_BAD_BACKEND_FIELD, optarg);
			break;
		case OPT_BY:
			if ((o->by = logfmt_dim(optarg)) < 0)
				return bad(err, D_BAD_BY, optarg);
			break;
		case OPT_COLOR:
			if ((o->color = color_when(optarg)) < 0)
				return bad(err, D_BAD_COLOR, optarg);
			break;
		case OPT_FIELD:
			o->field = opts_width(optarg);
			if (o->field < 1 || o->field > 1000)
				return bad(err, D_BAD_FIELD, optarg);
			break;
		case OPT_FORMAT:
			if ((o->format = logfmt_format(optarg)) < 0)
				return bad(err, D_BAD_FORMAT, optarg);
			break;
		case OPT_JSON_BACKEND:
		case OPT_JSON_FIELD:
			if (!json_path(optarg))
				return bad(err, c == OPT_JSON_FIELD ?
				    D_BAD_JSON_FIELD : D_BAD_JSON_BACKEND,
				    optarg);
			if (c == OPT_JSON_FIELD)
				o->json_field = optarg;
			else
				o->json_backend = optarg;
			break;
		case OPT_LIST_CODES:
			o->list_codes = 1;
			break;
		case OPT_LANG:
			if ((o->lang = hsc_lang_parse(optarg)) < 0)
				return bad(err, D_BAD_LANG, optarg);
			break;
		case OPT_ONLY:
			o->only = optarg;
			break;
		case OPT_TIMELINE:
			o->timeline = 1;
			o->bucket = 0;
			if (optarg != NULL && (o->bucket = tl_unit(optarg)) < 0)
				return bad(err, D_BAD_BUCKET, optarg);
			break;
		case OPT_TOP:
			o->top = opts_width(optarg);
			if (o->top < 1)
				return bad(err, D_BAD_TOP, optarg);
			break;
		case ':':
			return bad(err, D_OPT_NEEDS_ARG, argv[optind - 1]);
		case '?':
		default:
			if (given_arg(argv[optind - 1]))
				return bad(err, D_OPT_NO_ARG, argv[optind - 1]);
			if (optopt != 0 && optopt != '?') {
				char s[3] = { '-', (char)optopt, '\0' };

				return bad(err, D_OPT_UNKNOWN, s);
			}
			return bad(err, D_OPT_UNKNOWN, argv[optind - 1]);
		}
	}
	o->args = argv + optind;
	o->nargs = argc - optind;
	return 0;
}

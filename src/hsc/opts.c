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
#include "word.h"
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
	OPT_NO_COLOR,
	OPT_NO_PAGER,
	OPT_ONLY,
	OPT_TIMELINE,
	OPT_TOP
};

/* Sorted by name: the lists of candidates and suggestions follow it. */
static const struct option longopts[] = {
	{ "all",	no_argument,		NULL, 'a' },
	{ "annotate",	no_argument,		NULL, 'A' },
	{ "backend-field", required_argument,	NULL, OPT_BACKEND_FIELD },
	{ "by",		required_argument,	NULL, OPT_BY },
	{ "color",	optional_argument,	NULL, OPT_COLOR },
	{ "colour",	optional_argument,	NULL, OPT_COLOR },
	{ "count",	no_argument,		NULL, 'c' },
	{ "field",	required_argument,	NULL, OPT_FIELD },
	{ "format",	required_argument,	NULL, OPT_FORMAT },
	{ "help",	no_argument,		NULL, 'h' },
	{ "json",	no_argument,		NULL, 'j' },
	{ "json-backend", required_argument,	NULL, OPT_JSON_BACKEND },
	{ "json-field",	required_argument,	NULL, OPT_JSON_FIELD },
	{ "lang",	required_argument,	NULL, OPT_LANG },
	{ "list-codes",	no_argument,		NULL, OPT_LIST_CODES },
	{ "long",	no_argument,		NULL, 'l' },
	{ "no-color",	no_argument,		NULL, OPT_NO_COLOR },
	{ "no-colour",	no_argument,		NULL, OPT_NO_COLOR },
	{ "no-pager",	no_argument,		NULL, OPT_NO_PAGER },
	{ "only",	required_argument,	NULL, OPT_ONLY },
	{ "search",	no_argument,		NULL, 's' },
	{ "timeline",	optional_argument,	NULL, OPT_TIMELINE },
	{ "top",	required_argument,	NULL, OPT_TOP },
	{ "version",	no_argument,		NULL, 'V' },
	{ "width",	required_argument,	NULL, 'w' },
	{ NULL,		0,			NULL, 0 }
};

static const char shortopts[] = ":AachjlsVw:";

static int	 color_when(const char *);
static int	 bad(struct hsc_error *, enum diag, const char *);
static int	 given_arg(const char *);
static size_t	 distance(const char *, size_t, const char *, int);
static const struct option *long_match(const char *, size_t);
static int	 one_dash(struct hsc_error *, int, char *[], int);
static int	 long_error(struct hsc_error *, const char *);

/* A number of 0 to WIDTH_MAX columns, or -1. */
int
opts_width(const char *s)
{
	char *end;
	long v;

	if (*s < '0' || *s > '9')
		return -1;
	v = strtol(s, &end, 10);
	if (*end != '\0' || v > WIDTH_MAX)
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
 * The edit distance between a[0..n-1] and b, as word_distance counts
 * it, or more than max when it is more.
 */
static size_t
distance(const char *a, size_t n, const char *b, int max)
{
	uint32_t ua[WORD_UNITS_MAX], ub[WORD_UNITS_MAX];
	int m, k;

	if ((m = word_units(a, n, ua)) < 0 ||
	    (k = word_units(b, strlen(b), ub)) < 0)
		return (size_t)max + 1;
	return (size_t)word_distance(ua, m, ub, k, max);
}

/*
 * The long option that s[0..n-1] names, whole or as a prefix of one
 * option only (of at least two characters); NULL if none or several.
 */
static const struct option *
long_match(const char *s, size_t n)
{
	const struct option *lo, *found = NULL;
	int several = 0;

	for (lo = longopts; lo->name != NULL; lo++) {
		if (strncmp(lo->name, s, n) != 0)
			continue;
		if (lo->name[n] == '\0')
			return lo;
		if (found != NULL && found->val != lo->val)
			several = 1;
		found = lo;
	}
	return n >= 2 && !several ? found : NULL;
}

/*
 * For the short option c that getopt found wrong: if an argument that
 * holds it is a long option written with one dash ("-lang=ko", read as
 * -l -a -n...), records what was meant and returns 2; else 0.
 */
static int
one_dash(struct hsc_error *err, int argc, char *argv[], int c)
{
	const struct option *lo;
	const char *a;
	char *e, *fix, *shown;
	size_t n, len;
	int i;

	for (i = 1; i < argc; i++) {
		a = argv[i];
		if (a[0] != '-' || a[1] == '-' || a[1] == '\0' ||
		    a[2] == '\0' || strchr(a + 1, c) == NULL)
			continue;
		n = strcspn(a + 1, "=");
		if ((lo = long_match(a + 1, n)) == NULL)
			continue;
		/* "--", the whole name, and what followed it ("=ko"). */
		len = strlen(lo->name) + strlen(a + 1 + n) + 3;
		fix = xmalloc(len);
		snprintf(fix, len, "--%s%s", lo->name, a + 1 + n);
		e = ustr_escape(a, strlen(a), 40);
		shown = ustr_escape(fix, strlen(fix), 40);
		msg_error2(err, D_OPT_ONE_DASH, e, shown);
		free(e);
		free(shown);
		free(fix);
		return 2;
	}
	return 0;
}

/*
 * Records the error for the long option arg ("--l", "--jsn=1") that
 * getopt_long refused: ambiguous, with its candidates; unknown, with
 * the nearest option when one is near enough; returns 2.
 */
static int
long_error(struct hsc_error *err, const char *arg)
{
	const struct option *lo, *best = NULL;
	char list[256], *e;
	size_t n = strcspn(arg + 2, "="), len = 0, d, bestd = (size_t)-1;
	int nc = 0, last = 0;

	for (lo = longopts; lo->name != NULL; lo++) {
		if (strncmp(lo->name, arg + 2, n) != 0 ||
		    (nc > 0 && lo->val == last))
			continue;
		len += (size_t)snprintf(list + len, sizeof(list) - len,
		    "%s--%s", nc > 0 ? ", " : "", lo->name);
		if (len >= sizeof(list))
			len = sizeof(list) - 1;
		last = lo->val;
		nc++;
	}
	e = ustr_escape(arg, strlen(arg), 40);
	if (nc > 1) {
		msg_error2(err, D_OPT_AMBIGUOUS, e, list);
		free(e);
		return 2;
	}
	for (lo = longopts; lo->name != NULL; lo++)
		if ((d = distance(arg + 2, n, lo->name,
		    (int)(n + 2) / 3)) < bestd) {
			bestd = d;
			best = lo;
		}
	if (best != NULL && n > 0 && bestd <= (n + 2) / 3) {
		snprintf(list, sizeof(list), "--%s", best->name);
		msg_error2(err, D_OPT_SUGGEST, e, list);
	} else
		msg_error(err, D_OPT_UNKNOWN, e);
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
	int c, w;

	memset(o, 0, sizeof(*o));
	o->lang = -1;
	o->width = -1;
	o->color = COLOR_AUTO;
	opterr = 0;
	optind = 0;	/* a full reset, for glibc */
	while ((c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
		switch (c) {
		case 'A':
			o->annotate = 1;
			break;
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
			o->width = opts_width(optarg);
			if (o->width == 0 || o->width >= WIDTH_MIN)
				break;
			if (o->width < 0 && one_dash(err, argc, argv, 'w') != 0)
				return 2;
			return bad(err, D_BAD_WIDTH, optarg);
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
			/*
			 * "--color never" means --color=never: take the word
			 * (as an option's argument, which getopt_long allows)
			 * rather than colour and search for "never".
			 */
			if (optarg == NULL && optind < argc &&
			    (strcmp(argv[optind], "always") == 0 ||
			    strcmp(argv[optind], "never") == 0 ||
			    strcmp(argv[optind], "auto") == 0))
				optarg = argv[optind++];
			if ((w = color_when(optarg)) < 0)
				return bad(err, D_BAD_COLOR, optarg);
			o->color = w;
			break;
		case OPT_NO_COLOR:
			o->color = COLOR_NEVER;
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
		case OPT_NO_PAGER:
			o->no_pager = 1;
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

				if (one_dash(err, argc, argv, optopt) != 0)
					return 2;
				return bad(err, D_OPT_UNKNOWN, s);
			}
			if (strncmp(argv[optind - 1], "--", 2) == 0)
				return long_error(err, argv[optind - 1]);
			return bad(err, D_OPT_UNKNOWN, argv[optind - 1]);
		}
	}
	o->args = argv + optind;
	o->nargs = argc - optind;
	return 0;
}

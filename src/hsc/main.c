/*
 * hsc: explains HTTP status codes.  Each argument is a code, a class, a
 * pattern, a range or words to search; the answers are printed as
 * aligned text or as JSON.  This file only drives: it parses the
 * options, hands the queries or the logs to their modules, gives the
 * results to a formatter and closes stdout.  Exit status: 0 when every
 * query found something, 1 when some query found nothing, 2 for usage
 * errors and failed writes.
 */
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <unistring/version.h>

#include "annotate.h"
#include "count.h"
#include "input.h"
#include "logfmt.h"
#include "msg.h"
#include "opts.h"
#include "out.h"
#include "query.h"
#include "table.h"
#include "term.h"
#include "ustr.h"
#include "version.h"
#include "xalloc.h"

static int	 run_annotate(const struct hsc_opts *, struct out *);
static int	 run_count(const struct hsc_opts *, struct out *,
		    const struct formatter *);
static int	 run_queries(const struct hsc_opts *, struct out *,
		    const struct formatter *);
static int	 finish(struct out *, int);

/* Writes "file: reason" for a file that could not be read. */
static void
file_error(const char *file)
{
	char *shown = ustr_escape(file, strlen(file), 200);

	msg_warn(D_FILE, shown, strerror(errno));
	free(shown);
}

/*
 * Fills the --only queries of co from the list s ("5xx,499,000"), each
 * as a query takes it; 000 is no response.  A usage error exits.
 */
static void
only_list(const char *s, struct countopts *co, struct query **qs)
{
	struct hsc_error err;
	struct query *q = NULL;
	char *list = xstrdup(s), *tok, *next, *shown;
	int n = 0;

	for (tok = list; tok != NULL; tok = next) {
		if ((next = strchr(tok, ',')) != NULL)
			*next++ = '\0';
		if (strcmp(tok, "000") == 0) {
			co->only_none = 1;
			continue;
		}
		q = xreallocarray(q, (size_t)n + 1, sizeof(*q));
		if (*tok == '\0' || query_parse(tok, &q[n], &err) != 0 ||
		    q[n].kind == Q_WORDS) {
			shown = ustr_escape(s, strlen(s), 40);
			msg_usage(D_BAD_ONLY, shown);
		}
		q[n].text = xstrdup(tok);
		n++;
	}
	free(list);
	co->only = q;
	co->nonly = n;
	*qs = q;
}

/* Writes a bucket length as the option takes it: "30s", "15m", "1h". */
static void
unit_text(long long u, char *buf, size_t size)
{
	if (u % 604800 == 0)
		snprintf(buf, size, "%lldw", u / 604800);
	else if (u % 86400 == 0)
		snprintf(buf, size, "%lldd", u / 86400);
	else if (u % 3600 == 0)
		snprintf(buf, size, "%lldh", u / 3600);
	else if (u % 60 == 0)
		snprintf(buf, size, "%lldm", u / 60);
	else
		snprintf(buf, size, "%llds", u);
}

/*
 * Says on stderr what the tally could not use: skipped lines (with a
 * hint at why, from the first of them), an input with nothing to
 * count, lines the timeline had no time for.
 */
static void
count_notes(const struct count *c, int lang, int status)
{
	char n[32], line[32], field[16], hint[256], a[32], b[32];
	unsigned long long sk = c->skipped - c->directives;
	char *shown;

	if (sk > 0) {
		hint[0] = '\0';
		snprintf(field, sizeof(field), "%d", c->first.hint);
		switch (c->first.why) {
		case SK_BINARY:
			msg_render(hint, sizeof(hint), lang, D_HINT_BINARY);
			break;
		case SK_JSON:
			msg_render(hint, sizeof(hint), lang, D_HINT_JSON);
			break;
		case SK_JSON_KEY:
			if (c->opt->log.json_field != NULL) {
				shown = ustr_escape(c->opt->log.json_field,
				    strlen(c->opt->log.json_field), 100);
				msg_render(hint, sizeof(hint), lang,
				    D_HINT_JSON_PATH, shown);
				free(shown);
			} else
				msg_render(hint, sizeof(hint), lang,
				    D_HINT_JSON_KEY);
			break;
		case SK_FIELD:
			/* Only where no format would read the line. */
			if (c->opt->log.field == 0)
				msg_render(hint, sizeof(hint), lang,
				    D_HINT_FIELD, field, field);
			break;
		default:
			break;
		}
		shown = ustr_escape(c->first.file, strlen(c->first.file), 200);
		snprintf(n, sizeof(n), "%llu", sk);
		snprintf(line, sizeof(line), "%llu", c->first.line);
		msg_warn(sk == 1 ? D_SKIPPED_ONE : D_SKIPPED, n, shown, line,
		    hint);
		free(shown);
	} else if (c->total == 0 && c->directives > 0) {
		snprintf(n, sizeof(n), "%llu", c->directives);
		msg_warn(D_ONLY_DIRECTIVES, n);
	} else if (c->total == 0 && status == 0)
		msg_warn(D_EMPTY);
	if (!c->opt->timeline || c->total == 0)
		return;
	if (c->tl.nb == 0)
		msg_warn(D_NO_TIME);
	else if (c->untimed > 0) {
		snprintf(n, sizeof(n), "%llu", c->untimed);
		msg_warn(c->untimed == 1 ? D_UNTIMED_ONE : D_UNTIMED, n);
	}
	if (c->opt->bucket > 0 && c->tl.unit > c->opt->bucket) {
		unit_text(c->opt->bucket, a, sizeof(a));
		unit_text(c->tl.unit, b, sizeof(b));
		msg_warn(D_BUCKET_COARSER, a, b);
	}
}

/*
 * hsc --count [FILE...]: tallies the codes of the files, or of stdin
 * ("-" too).  Returns the exit status.
 */
static int
run_count(const struct hsc_opts *opt, struct out *o,
    const struct formatter *fmt)
{
	struct countopts co;
	struct count c;
	struct query *only = NULL;
	int status = 0, i, n = opt->nargs > 0 ? opt->nargs : 1;

	memset(&co, 0, sizeof(co));
	co.log.format = opt->field > 0 ? LF_FIELD : opt->format;
	co.log.field = opt->field;
	co.log.backend_field = opt->backend_field;
	co.log.json_field = opt->json_field;
	co.log.json_backend = opt->json_backend;
	co.log.dim = opt->by;
	co.log.want_time = opt->timeline;
	co.by = opt->by;
	co.top = opt->top > 0 ? opt->top : 10;
	co.timeline = opt->timeline;
	co.bucket = opt->bucket;
	co.threads = term_threads();
	if (opt->only != NULL)
		only_list(opt->only, &co, &only);
	count_init(&c, &co);
	for (i = 0; i < n; i++)
		if (count_file(&c, opt->nargs > 0 ? opt->args[i] : "-") != 0)
			status = 2;
	fmt->count(o, &c, opt->longfmt);
	count_notes(&c, o->lang, status);
	if (status == 0 && c.total == 0)
		status = 1;
	count_free(&c);
	for (i = 0; i < co.nonly; i++)
		free(only[i].text);
	free(only);
	return status;
}

/*
 * The options that only --count reads must come with it, and agree
 * with each other.  A usage error exits.
 */
static void
check_count_opts(const struct hsc_opts *opt)
{
	static const struct {
		const char	*name;
	} names[] = {
		{ "--format" }, { "--json-field" }, { "--json-backend" },
		{ "--backend-field" }, { "--by" }, { "--only" }, { "--top" },
		{ "--timeline" },
	};
	int given[8], i;

	given[0] = opt->format != LF_AUTO;
	given[1] = opt->json_field != NULL;
	given[2] = opt->json_backend != NULL;
	given[3] = opt->backend_field > 0;
	given[4] = opt->by != DIM_NONE;
	given[5] = opt->only != NULL;
	given[6] = opt->top > 0;
	given[7] = opt->timeline;
	if (opt->field > 0 && !opt->count && !opt->annotate)
		msg_usage(D_FIELD_NEEDS_COUNT);
	for (i = 0; i < 8; i++)
		if (given[i] && !opt->count)
			msg_usage(D_NEEDS_COUNT, names[i].name);
	if (opt->field > 0 && opt->format != LF_AUTO)
		msg_usage(D_FIELD_AND_FORMAT);
	if (opt->backend_field > 0 && opt->field == 0)
		msg_usage(D_BACKEND_NEEDS_FIELD);
	for (i = 1; i <= 2; i++)
		if (given[i] && opt->format != LF_AUTO &&
		    opt->format != LF_JSON)
			msg_usage(D_JSON_FIELD_FORMAT, names[i].name,
			    logfmt_names[opt->format]);
	if (opt->only != NULL && opt->by == DIM_NONE && !opt->timeline)
		msg_usage(D_ONLY_NEEDS_VIEW);
	if (opt->top > 0 && opt->by == DIM_NONE)
		msg_usage(D_TOP_NEEDS_BY);
}

/*
 * hsc --annotate [FILE...]: copies the files, or stdin ("-" too), to
 * stdout with the names of the statuses added.  Returns the exit
 * status: 0 when something was annotated, 1 when nothing was, 2 when a
 * file could not be read or the output not written.
 */
static int
run_annotate(const struct hsc_opts *opt, struct out *o)
{
	struct annot a;
	const char *file;
	int status = 0, i, fd, r, n = opt->nargs > 0 ? opt->nargs : 1;

	annot_init(&a, o, opt->field, STDOUT_FILENO);
	a.threads = term_threads();
	for (i = 0; i < n && a.werr == 0; i++) {
		file = opt->nargs > 0 ? opt->args[i] : "-";
		if (strcmp(file, "-") == 0)
			fd = STDIN_FILENO;
		else if ((fd = open(file, O_RDONLY)) < 0) {
			file_error(file);
			status = 2;
			continue;
		}
		if ((r = annot_fd(&a, fd)) == -1) {
			file_error(fd == STDIN_FILENO ? "-" : file);
			status = 2;
		}
		if (r != -2)
			annot_end(&a);
		if (fd != STDIN_FILENO)
			close(fd);
	}
	if (a.werr != 0) {
		/* A reader that went away is no error to report. */
		if (a.werr != EPIPE)
			msg_warn(D_WRITE, strerror(a.werr));
		status = 2;
	} else if (status == 0 && a.found == 0)
		status = 1;
	annot_free(&a);
	return status;
}

/* Answers the queries (or --all).  Returns the exit status. */
static int
run_queries(const struct hsc_opts *opt, struct out *o,
    const struct formatter *fmt)
{
	struct results rs = { NULL, 0, 0, NULL };
	struct input in;
	struct query *q;
	struct hsc_error err;
	size_t k;
	int i, status;

	/*
	 * What the arguments (and stdin, for "-") say, read in the locale's
	 * encoding; then every query is checked before any is answered.
	 */
	input_collect(&in, opt->args, opt->nargs, opt->search, o->conv,
	    stdin);
	if (opt->nargs > 0 && in.n == 0) {
		msg_warn(D_STDIN_EMPTY);
		input_free(&in);
		return 1;
	}
	q = xreallocarray(NULL, (size_t)in.n + 1, sizeof(*q));
	for (i = 0; i < in.n; i++) {
		if (query_prepare(in.text[i], opt->search, &q[i], &err) != 0)
			msg_usage_error(&err);
		q[i].alone = in.alone[i];
	}
	if (opt->all)
		for (k = 0; k < hsc_ncodes; k++)
			results_add(&rs, &hsc_codes[k], hsc_codes[k].code, -1);
	status = query_answer(&rs, q, in.n, opt->json);
	fmt->results(o, rs.r, rs.n, opt->longfmt);
	for (i = 0; i < in.n; i++)
		free(q[i].text);
	free(q);
	results_free(&rs);
	input_free(&in);
	return status;
}

/*
 * Ends the output (through the pager, if it is due) and flushes
 * stdout; a failed write makes the exit status 2.
 */
static int
finish(struct out *o, int status)
{
	int failed;

	out_end(o);
	failed = ferror(stdout);
	if (fclose(stdout) == 0 && !failed)
		return status;
	/* A reader that went away (SIGPIPE ignored) is no error to report. */
	if (errno != EPIPE)
		msg_warn(D_WRITE, strerror(errno));
	return 2;
}

int
main(int argc, char *argv[])
{
	struct hsc_opts opt;
	struct hsc_error err;
	struct out o;
	const struct formatter *fmt;
	int lang;

	/* Only the character type matters: the encoding of the output. */
	setlocale(LC_CTYPE, "");
	signal(SIGPIPE, SIG_DFL);
	/* The environment's language, until --lang says otherwise. */
	lang = term_lang(-1);
	msg_setup(lang, term_conv());
	if (opts_parse(argc, argv, &opt, &err) != 0) {
		if (opt.lang >= 0)	/* --lang came before the mistake */
			msg_setup(opt.lang, term_conv());
		msg_usage_error(&err);
	}
	if (opt.lang < 0)
		opt.lang = lang;
	/* A filter streams: it is never paged. */
	if (opt.annotate)
		opt.no_pager = 1;
	out_init(&o, stdout, &opt);
	msg_setup(o.lang, o.conv);
	fmt = opt.json ? &json_formatter : &text_formatter;
	if (opt.help) {
		text_help(&o, msg_help(o.lang));
		return finish(&o, 0);
	}
	if (opt.version) {
		/* The registry the table follows, then the library in use:
		 * _libunistring_version is 0xMMmmss. */
		printf("hsc %s\n", HSC_VERSION);
		out_puts(&o, msg(M_REGISTRY, o.lang));
		out_puts(&o, hsc_registry_date);
		out_puts(&o, msg(M_REGISTRY_END, o.lang));
		printf("\nlibunistring %d.%d.%d\n",
		    _libunistring_version >> 16,
		    (_libunistring_version >> 8) & 0xff,
		    _libunistring_version & 0xff);
		return finish(&o, 0);
	}
	if (opt.list_codes) {
		text_list_codes(&o);
		return finish(&o, 0);
	}
	check_count_opts(&opt);
	if (opt.annotate) {
		if (opt.all || opt.count || opt.json || opt.longfmt ||
		    opt.search)
			msg_usage(D_ANNOTATE_EXCLUSIVE);
		return finish(&o, run_annotate(&opt, &o));
	}
	if (opt.count) {
		if (opt.all || opt.search)
			msg_usage(D_COUNT_EXCLUSIVE);
		return finish(&o, run_count(&opt, &o, fmt));
	}
	if (opt.all && opt.nargs > 0)
		msg_usage(D_ALL_NO_QUERY);
	if (!opt.all && opt.nargs == 0) {
		/* What to type, and where help is. */
		msg_warn(D_NO_QUERY);
		msg_warn(D_NO_QUERY_HELP);
		return 2;
	}
	return finish(&o, run_queries(&opt, &o, fmt));
}

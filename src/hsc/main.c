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
 * hsc --count [FILE...]: tallies the codes of the files, or of stdin
 * ("-" too).  Returns the exit status.
 */
static int
run_count(const struct hsc_opts *opt, struct out *o,
    const struct formatter *fmt)
{
	struct count c;
	const char *file;
	FILE *fp;
	char *shown, nskipped[32], line[32];
	int status = 0, i, n = opt->nargs > 0 ? opt->nargs : 1;

	count_init(&c, opt->field);
	for (i = 0; i < n; i++) {
		file = opt->nargs > 0 ? opt->args[i] : "-";
		if (strcmp(file, "-") == 0)
			fp = stdin;
		else if ((fp = fopen(file, "r")) == NULL) {
			file_error(file);
			status = 2;
			continue;
		}
		if (count_stream(&c, fp, fp == stdin ? "(stdin)" : file) != 0) {
			file_error(file);
			status = 2;
		}
		if (fp != stdin)
			fclose(fp);
	}
	fmt->count(o, &c, opt->longfmt);
	if (c.skipped > 0) {
		shown = ustr_escape(c.first_file, strlen(c.first_file), 200);
		snprintf(nskipped, sizeof(nskipped), "%llu", c.skipped);
		snprintf(line, sizeof(line), "%llu", c.first_skipped);
		msg_warn(c.skipped == 1 ? D_SKIPPED_ONE : D_SKIPPED, nskipped,
		    shown, line);
		free(shown);
	}
	if (status == 0 && c.total == 0)
		status = 1;
	count_free(&c);
	return status;
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
	if (opt.field > 0 && !opt.count && !opt.annotate)
		msg_usage(D_FIELD_NEEDS_COUNT);
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

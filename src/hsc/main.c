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
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistring/version.h>

#include "count.h"
#include "msg.h"
#include "opts.h"
#include "out.h"
#include "query.h"
#include "table.h"
#include "term.h"
#include "ustr.h"
#include "version.h"
#include "xalloc.h"

static int	 run_count(const struct hsc_opts *, struct out *,
		    const struct formatter *);
static int	 run_queries(const struct hsc_opts *, struct out *,
		    const struct formatter *);
static int	 finish(int);

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

/* Answers the queries (or --all).  Returns the exit status. */
static int
run_queries(const struct hsc_opts *opt, struct out *o,
    const struct formatter *fmt)
{
	struct results rs = { NULL, 0, 0 };
	struct query *q;
	struct hsc_error err;
	size_t k;
	int i, status;

	/* Check every argument before answering any. */
	q = xreallocarray(NULL, (size_t)opt->nargs, sizeof(*q));
	for (i = 0; i < opt->nargs; i++)
		if (query_prepare(opt->args[i], opt->search, &q[i], &err) != 0)
			msg_usage_error(&err);
	if (opt->all)
		for (k = 0; k < hsc_ncodes; k++)
			results_add(&rs, &hsc_codes[k], hsc_codes[k].code);
	status = query_answer(&rs, q, opt->nargs, opt->json);
	fmt->results(o, rs.r, rs.n, opt->longfmt);
	for (i = 0; i < opt->nargs; i++)
		free(q[i].text);
	free(q);
	free(rs.r);
	return status;
}

/* Flushes stdout; a failed write makes the exit status 2. */
static int
finish(int status)
{
	int failed = ferror(stdout);

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
	out_init(&o, stdout, &opt);
	msg_setup(o.lang, o.conv);
	fmt = opt.json ? &json_formatter : &text_formatter;
	if (opt.help) {
		out_puts(&o, msg_help(o.lang));
		return finish(0);
	}
	if (opt.version) {
		/* _libunistring_version is 0xMMmmss, of the library in use. */
		printf("hsc %s\nlibunistring %d.%d.%d\n", HSC_VERSION,
		    _libunistring_version >> 16,
		    (_libunistring_version >> 8) & 0xff,
		    _libunistring_version & 0xff);
		return finish(0);
	}
	if (opt.list_codes) {
		text_list_codes(&o);
		return finish(0);
	}
	if (opt.field > 0 && !opt.count)
		msg_usage(D_FIELD_NEEDS_COUNT);
	if (opt.count) {
		if (opt.all || opt.search)
			msg_usage(D_COUNT_EXCLUSIVE);
		return finish(run_count(&opt, &o, fmt));
	}
	if (opt.all && opt.nargs > 0)
		msg_usage(D_ALL_NO_QUERY);
	if (!opt.all && opt.nargs == 0)
		msg_usage(D_NO_QUERY);
	return finish(run_queries(&opt, &o, fmt));
}

/*
 * libFuzzer target: the log-line parsers of --count, the JSON tokenizer
 * under them, the tally and its formatters.
 *
 * The first two bytes choose the options: the format (--format, or
 * --field), the dimension of --by, --timeline, --only=5xx, --json-field,
 * the width and colour of the output.  The rest, split at newlines, is
 * the lines of one stream, parsed by logfmt_parse and tallied by
 * count_line, as count_file does; the tally is then written by both
 * formatters to /dev/null.  Each line also goes to jscan_line alone.
 *
 * Checked besides memory safety and UB: a status is -1, 0 or 100-599
 * and a skipped line says why; logfmt_quick, where it answers, says
 * what logfmt_parse says; the backend's is -1, 0 or 100-599; a
 * dimension lies in the line or the state's buffer, at most
 * LOG_VALUE_MAX bytes; the counts add up (the codes to the total, the
 * lines to the total, the skipped and the blank; a code's proxy and
 * backend counts to at most its count; an exact --by table to its
 * code's count; the time buckets and the lines without a time to the
 * total); JSON paths are reported with their hash.
 *
 * Build and run: tests/fuzz/run.sh fuzz_logline 60.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"
#include "jscan.h"
#include "logfmt.h"
#include "msg.h"
#include "opts.h"
#include "out.h"
#include "query.h"
#include "topn.h"
#include "fuzz.h"

static FILE	*devnull;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	devnull = fopen("/dev/null", "w");
	return 0;
}

static void
visit(void *arg, const struct jitem *it)
{
	const char *s = arg;

	(void)s;
	CHECK(it->depth >= 1 && it->depth <= JSCAN_DEPTH);
	CHECK(it->pathlen < JSCAN_PATH);
	CHECK(it->hash == jscan_hash(it->path, it->pathlen));
	CHECK(it->type >= JS_STRING && it->type <= JS_ARRAY);
}

/* The checks on one line's record. */
static void
check_rec(const struct logstate *ls, const struct logrec *r,
    const char *s, size_t n)
{
	CHECK(r->status == -1 || r->status == 0 ||
	    (r->status >= 100 && r->status <= 599));
	CHECK(r->backend == -1 || r->backend == 0 ||
	    (r->backend >= 100 && r->backend <= 599));
	if (r->status < 0) {
		CHECK(r->skip > SK_NONE && r->skip < SK_MAX);
		CHECK(r->backend == -1 && r->dim == NULL);
	}
	if (r->dim != NULL) {
		CHECK(r->dimlen <= LOG_VALUE_MAX);
		CHECK((r->dim >= s && r->dim + r->dimlen <= s + n) ||
		    (r->dim >= ls->buf && r->dim + r->dimlen <=
		    ls->buf + sizeof(ls->buf)) || r->dimlen == 1);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const jfields[] = { NULL, "status", "a.b" };
	struct countopts co;
	struct count c;
	struct logstate ls;
	struct logrec r;
	struct query q;
	struct hsc_error err;
	struct out o;
	unsigned long long sum, blank = 0, lines = 0, tl;
	const char *s, *e, *nl;
	char *buf;
	size_t i, k;
	int a, b;

	if (size < 2)
		return 0;
	a = data[0];
	b = data[1];
	memset(&co, 0, sizeof(co));
	co.log.format = a % 9;
	if (co.log.format == LF_FIELD) {
		co.log.format = LF_AUTO;
		co.log.field = 1 + (b & 3);
		co.log.backend_field = (b >> 2) & 3;
	}
	co.by = co.log.dim = (a / 9) % DIM_MAX;
	co.timeline = co.log.want_time = (b >> 4) & 1;
	co.top = 1 + (b & 7);
	if ((b >> 5) & 1) {
		CHECK(query_parse("5xx", &q, &err) == 0);
		q.text = "5xx";
		co.only = &q;
		co.nonly = 1;
	}
	co.log.json_field = jfields[(b >> 6) % 3];
	co.threads = 1;

	buf = malloc(size - 2 + 1);
	memcpy(buf, data + 2, size - 2);
	count_init(&c, &co);
	logstate_init(&ls, &co.log);
	for (s = buf, e = buf + size - 2; s <= e; s = nl + 1) {
		if ((nl = memchr(s, '\n', (size_t)(e - s))) == NULL)
			nl = e;
		if (nl == e && s == e)
			break;
		lines++;
		/* The record itself, then the tally, on a state of its own. */
		{
			struct logstate copy = ls;

			int q = logfmt_quick(&ls, s, (size_t)(nl - s));

			logfmt_parse(&copy, s, (size_t)(nl - s), &r);
			check_rec(&copy, &r, s, (size_t)(nl - s));
			blank += r.skip == SK_BLANK;
			/* The quick path says what the full one says. */
			CHECK(q == -2 || (q == r.status &&
			    r.format == LF_COMBINED && r.backend == -1 &&
			    r.sub == -1));
		}
		count_line(&c, &ls, s, (size_t)(nl - s), lines, "fuzz");
		(void)jscan_line(s, (size_t)(nl - s), visit, NULL);
	}
	/* The counts add up. */
	for (sum = 0, i = 0; i < 600; i++) {
		sum += c.n[i];
		CHECK(c.generated[i] + c.passed[i] <= c.n[i]);
		if (c.by[i] != NULL && !topn_approx(c.by[i])) {
			struct topn_row rows[16];
			size_t nr = topn_rows(c.by[i], rows, 16);
			unsigned long long bs = 0;

			for (k = 0; k < nr; k++)
				bs += rows[k].count;
			if (topn_size(c.by[i]) <= 16)
				CHECK(bs == c.n[i]);
		}
	}
	CHECK(sum == c.total);
	CHECK(c.total + c.skipped + blank == lines);
	CHECK(c.directives <= c.skipped);
	if (c.has_tl && co.nonly == 0) {
		for (tl = 0, i = 0; i < c.tl.nb * 6; i++)
			tl += c.tl.v[i];
		CHECK(tl + c.untimed == c.total);
	}
	/* Both formatters, to /dev/null. */
	memset(&o, 0, sizeof(o));
	o.fp = devnull;
	o.enc = "UTF-8";
	o.width = (a & 1) ? 20 + b % 100 : 0;
	o.color = (a >> 1) & 1;
	o.lang = (b >> 3) & 1;
	text_formatter.count(&o, &c, (a >> 2) & 1);
	json_formatter.count(&o, &c, 0);
	count_free(&c);
	free(buf);
	return 0;
}

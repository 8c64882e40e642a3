/*
 * libFuzzer target: what hsc does with its command line before it
 * answers anything.
 *
 * 1. The input up to its first NUL is one argument: if it is valid
 *    UTF-8 it is NFKC-normalised (ustr_nfkc), classified (query_parse)
 *    and, when it is a code, pattern or range, matched against the
 *    table the way main.c does (codes_find, query_match).
 * 2. The whole input, split at NUL and newline bytes, is an argv for
 *    opts_parse (argv[0] is "hsc", the array is NULL-terminated and
 *    writable, since glibc's getopt_long permutes it); the queries it
 *    leaves go through step 1, as main.c does with them.
 *
 * Checked besides memory safety and UB: the fields of struct query and
 * struct hsc_opts stay in their ranges, error messages are non-empty
 * and fit the buffer.  Built with -DHSC_FUZZ_STRICT_MSG, error messages
 * must also be valid UTF-8 without control characters (what the README
 * promises for stderr).
 *
 * Build and run: tests/fuzz/run.sh fuzz_query 60 (see tests/fuzz/README.md).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "table.h"
#include "opts.h"
#include "msg.h"
#include "query.h"
#include "ustr.h"
#include "fuzz.h"

#define MAX_ARGS	64

/* A broken invariant: abort, so that libFuzzer saves the input. */

/* An error as it would reach the terminal, in every language. */
static void
check_message(const struct hsc_error *e)
{
	char err[1024];
	size_t n;
	int l;

	CHECK(e->id >= 0 && e->id < D_MAX);
	CHECK(strnlen(e->arg, sizeof(e->arg)) < sizeof(e->arg));
	CHECK(strnlen(e->arg2, sizeof(e->arg2)) < sizeof(e->arg2));
	for (l = 0; l < LANG_MAX; l++) {
		n = msg_render(err, sizeof(err), l, e->id, e->arg, e->arg2);
		CHECK(n > 0 && n < sizeof(err));
#ifdef HSC_FUZZ_STRICT_MSG
		CHECK(ustr_valid(err, n));
		for (size_t i = 0; i < n; i++)
			CHECK((unsigned char)err[i] >= 0x20 &&
			    (unsigned char)err[i] != 0x7f);
#endif
	}
}

/* What main.c does with one argument; s is NUL-terminated. */
static void
one_query(const char *s)
{
	struct query q;
	const struct hsc_code *c;
	struct hsc_error err;
	char *text;
	size_t len = strlen(s), i, n;
	int r, found = 0;

	if (!ustr_valid(s, len))
		return;
	text = ustr_nfkc(s);
	CHECK(ustr_valid(text, strlen(text)));
	memset(&err, 0x55, sizeof(err));
	r = query_parse(text, &q, &err);
	if (r != 0) {
		CHECK(r == -1);
		check_message(&err);
		free(text);
		return;
	}
	switch (q.kind) {
	case Q_CODE:
		/* 100-599, or a number outside that the table has (000). */
		c = codes_find(q.lo, &n);
		CHECK(q.hi == q.lo && ((q.lo >= 100 && q.lo <= 599) ||
		    c != NULL));
		CHECK((c == NULL) == (n == 0));
		for (i = 0; i < n; i++)
			CHECK(c[i].code == q.lo && c[i].sub < 0);
		/* The meanings of a code, not its IIS substatus codes. */
		for (i = 0; i < hsc_ncodes; i++)
			found += hsc_codes[i].sub < 0 &&
			    query_match(&q, hsc_codes[i].code);
		CHECK((size_t)found == n);
		CHECK(q.sub >= -1 && q.sub <= 999);
		if (q.sub >= 0 && (c = codes_find_sub(q.lo, q.sub)) != NULL)
			CHECK(c->code == q.lo && c->sub == q.sub);
		break;
	case Q_RANGE:
		CHECK(q.lo >= 100 && q.hi <= 599 && q.lo <= q.hi);
		/* FALLTHROUGH */
	case Q_PATTERN:
		if (q.kind == Q_PATTERN) {
			CHECK(q.pat[3] == '\0');
			for (i = 0; i < 3; i++)
				CHECK(q.pat[i] == 'x' ||
				    (q.pat[i] >= '0' && q.pat[i] <= '9'));
			CHECK(q.pat[0] == 'x' ||
			    (q.pat[0] >= '1' && q.pat[0] <= '5'));
		}
		for (i = 0; i < hsc_ncodes; i++)
			found += query_match(&q, hsc_codes[i].code);
		/* A few codes outside the table, and the ends. */
		found += query_match(&q, 100) + query_match(&q, 299) +
		    query_match(&q, 599);
		break;
	case Q_WORDS:
		for (i = 0; i < 3; i++)
			CHECK(query_match(&q, 404 + (int)i) == 0);
		break;
	default:
		CHECK(!"unknown query kind");
	}
	free(text);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char prog[] = "hsc";
	char *buf, *argv[MAX_ARGS + 2];
	struct hsc_error err;
	struct hsc_opts o;
	size_t i, start;
	int argc, r;

	buf = malloc(size + 1);
	memcpy(buf, data, size);
	buf[size] = '\0';

	/* 1: the input as one argument, up to its first NUL. */
	one_query(buf);

	/* 2: the input as a command line. */
	argv[0] = prog;
	argc = 1;
	for (i = 0, start = 0; i <= size && argc <= MAX_ARGS; i++) {
		if (i < size && buf[i] != '\0' && buf[i] != '\n')
			continue;
		buf[i] = '\0';
		argv[argc++] = buf + start;
		start = i + 1;
	}
	argv[argc] = NULL;
	memset(&err, 0x55, sizeof(err));
	r = opts_parse(argc, argv, &o, &err);
	if (r != 0) {
		CHECK(r == 2);
		check_message(&err);
	} else {
		CHECK(o.lang >= -1 && o.lang < LANG_MAX);
		CHECK(o.width >= -1 && o.width <= 10000);
		CHECK(o.color == COLOR_AUTO || o.color == COLOR_ALWAYS ||
		    o.color == COLOR_NEVER);
		CHECK(o.nargs >= 0 && o.nargs < argc);
		CHECK(o.args == argv + (argc - o.nargs));
		CHECK(o.args[o.nargs] == NULL);
		for (i = 0; i < (size_t)o.nargs; i++)
			one_query(o.args[i]);
	}
	free(buf);
	return 0;
}

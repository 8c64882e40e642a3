/*
 * The tally of --count: lines into counts, who sent them, the --by
 * tables (topn.c) and the time buckets (timeline.c), gzip input, and
 * the parts a large file is cut into adding up to one reading.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zlib.h>

#include "check_hsc.h"
#include "count.h"
#include "msg.h"
#include "query.h"
#include "topn.h"

static struct countopts co;

static void
setup(void)
{
	memset(&co, 0, sizeof(co));
}

/* Tallies text as one stream into c (initialised here). */
static void
tally(struct count *c, const char *text)
{
	struct logstate ls;
	FILE *fp = fmemopen((void *)text, strlen(text), "r");

	count_init(c, &co);
	logstate_init(&ls, &co.log);
	ck_assert_int_eq(count_stream(c, &ls, fp, "mem"), 0);
	fclose(fp);
}

START_TEST(test_stream)
{
	/* Lines across blocks, a long line, no final newline, garbage. */
	size_t big = 3 * 1024 * 1024, n;
	char *text = malloc(big + 256), *p;
	struct count c;
	struct logstate ls;
	FILE *fp;

	p = text;
	p += sprintf(p, "404\nh - - [d] \"GET /");
	memset(p, 'a', big);
	p += big;
	p += sprintf(p, " HTTP/1.1\" 200 5\n\xff\xfe\x01garbage\n\n503");
	n = (size_t)(p - text);
	fp = fmemopen(text, n, "r");
	count_init(&c, &co);
	logstate_init(&ls, &co.log);
	ck_assert_int_eq(count_stream(&c, &ls, fp, "mem"), 0);
	fclose(fp);
	ck_assert_uint_eq(c.total, 3);
	ck_assert_uint_eq(c.n[404], 1);
	ck_assert_uint_eq(c.n[200], 1);
	ck_assert_uint_eq(c.n[503], 1);
	ck_assert_uint_eq(c.skipped, 1);
	ck_assert_uint_eq(c.lines, 5);
	ck_assert_uint_eq(c.first.line, 3);
	ck_assert_str_eq(c.first.file, "mem");
	count_free(&c);
	free(text);
}
END_TEST

START_TEST(test_no_response_and_origin)
{
	struct count c;
	unsigned long long cls[6];
	int codes[600];

	tally(&c, "000\n0\n-\n"
	    "{\"DownstreamStatus\":502,\"OriginStatus\":502}\n"
	    "{\"DownstreamStatus\":502,\"OriginStatus\":0}\n"
	    "{\"DownstreamStatus\":502,\"OriginStatus\":504}\n"
	    "{\"DownstreamStatus\":502}\n"
	    "h - - [d] \"GET / HTTP/1.1\" 502 1\n");
	ck_assert_uint_eq(c.n[0], 3);
	ck_assert_uint_eq(c.n[502], 5);
	ck_assert_uint_eq(c.passed[502], 1);
	ck_assert_uint_eq(c.generated[502], 3);
	ck_assert_int_eq(count_has_origin(&c), 1);
	count_classes(&c, cls);
	ck_assert_uint_eq(cls[0], 3);
	ck_assert_uint_eq(cls[5], 5);
	ck_assert_uint_eq(count_ranked(&c, codes), 2);
	ck_assert_int_eq(codes[0], 502);
	ck_assert_int_eq(codes[1], 0);
	ck_assert_uint_eq(c.formats[LF_BARE], 3);
	ck_assert_uint_eq(c.formats[LF_JSON], 4);
	count_free(&c);
}
END_TEST

START_TEST(test_substatus)
{
	struct count c;
	struct topn_row rows[8];

	tally(&c, "#Fields: date time sc-status sc-substatus\n"
	    "2024-07-22 14:20:04 500 19\n2024-07-22 14:20:05 500 19\n"
	    "2024-07-22 14:20:06 500 0\n");
	ck_assert_uint_eq(c.n[500], 3);
	ck_assert_uint_eq(c.skipped, 1);
	ck_assert_uint_eq(c.directives, 1);
	ck_assert_uint_eq(c.first.line, 0);
	ck_assert_uint_eq(topn_rows(c.sub, rows, 8), 2);
	ck_assert_int_eq(memcmp(rows[0].key, "500.19", 6), 0);
	ck_assert_uint_eq(rows[0].count, 2);
	count_free(&c);
}
END_TEST

START_TEST(test_by)
{
	struct count c;
	struct topn_row rows[8];
	struct query q[1];
	struct hsc_error err;

	co.by = co.log.dim = DIM_PATH;
	ck_assert_int_eq(query_parse("5xx", &q[0], &err), 0);
	co.only = q;
	co.nonly = 1;
	tally(&c, "h - - [d] \"GET /a?x HTTP/1.1\" 502 1\n"
	    "h - - [d] \"GET /a?y HTTP/1.1\" 502 1\n"
	    "h - - [d] \"GET /b HTTP/1.1\" 502 1\n"
	    "h - - [d] \"GET /c HTTP/1.1\" 200 1\n"
	    "h - - [d] \"GET /c HTTP/1.1\" 504 1\n");
	ck_assert_ptr_null(c.by[200]);
	ck_assert_uint_eq(topn_rows(c.by[502], rows, 8), 2);
	ck_assert_uint_eq(rows[0].len, 2);
	ck_assert_int_eq(memcmp(rows[0].key, "/a", 2), 0);
	ck_assert_uint_eq(rows[0].count, 2);
	ck_assert_uint_eq(rows[0].err, 0);
	ck_assert_uint_eq(topn_rows(c.by[504], rows, 8), 1);
	ck_assert_int_eq(count_selected(&co, 503), 1);
	ck_assert_int_eq(count_selected(&co, 0), 0);
	count_free(&c);
}
END_TEST

START_TEST(test_topn_exact)
{
	size_t budget = TOPN_BUDGET;
	struct topn *t = topn_new(&budget);
	struct topn_row rows[TOPN_MAX];
	char k[16];
	int i;

	/* TOPN_MAX values, each i+1 times: exact. */
	for (i = 0; i < TOPN_MAX; i++) {
		snprintf(k, sizeof(k), "v%d", i);
		topn_add(t, k, strlen(k), (unsigned long long)i + 1);
	}
	ck_assert_int_eq(topn_approx(t), 0);
	ck_assert_uint_eq(topn_size(t), TOPN_MAX);
	ck_assert_uint_eq(topn_rows(t, rows, 3), 3);
	ck_assert_uint_eq(rows[0].count, TOPN_MAX);
	ck_assert_uint_eq(rows[0].err, 0);
	topn_free(t);
}
END_TEST

START_TEST(test_topn_approx)
{
	size_t budget = TOPN_BUDGET;
	struct topn *t = topn_new(&budget);
	struct topn_row rows[4];
	char k[16];
	int i;

	/* A heavy value among many more distinct ones than fit. */
	for (i = 0; i < 100000; i++) {
		snprintf(k, sizeof(k), "u%d", i);
		topn_add(t, k, strlen(k), 1);
		if (i % 10 == 0)
			topn_add(t, "/hot", 4, 1);
	}
	ck_assert_int_eq(topn_approx(t), 1);
	ck_assert_uint_eq(topn_size(t), TOPN_MAX);
	ck_assert_uint_eq(topn_rows(t, rows, 4), 4);
	ck_assert_uint_eq(rows[0].len, 4);
	ck_assert_int_eq(memcmp(rows[0].key, "/hot", 4), 0);
	/* Space-saving: count - err <= true count <= count. */
	ck_assert_uint_le(rows[0].count - rows[0].err, 10000);
	ck_assert_uint_ge(rows[0].count, 10000);
	topn_free(t);
}
END_TEST

START_TEST(test_topn_budget)
{
	size_t budget = 100;
	struct topn *t = topn_new(&budget);
	char k[16];
	int i;

	for (i = 0; i < 1000; i++) {
		snprintf(k, sizeof(k), "%d", i);
		topn_add(t, k, strlen(k), 1);
	}
	/* 16 to start, then what the budget of 100 had. */
	ck_assert_uint_le(topn_size(t), 100);
	ck_assert_int_eq(topn_approx(t), 1);
	ck_assert_uint_eq(budget, 0);
	topn_free(t);
}
END_TEST

START_TEST(test_topn_merge)
{
	size_t b1 = TOPN_BUDGET, b2 = TOPN_BUDGET;
	struct topn *a = topn_new(&b1), *b = topn_new(&b2);
	struct topn_row rows[4];

	topn_add(a, "x", 1, 3);
	topn_add(a, "y", 1, 1);
	topn_add(b, "x", 1, 2);
	topn_add(b, "z", 1, 5);
	topn_merge(a, b);
	ck_assert_uint_eq(topn_rows(a, rows, 4), 3);
	ck_assert_uint_eq(rows[0].count, 5);
	ck_assert_uint_eq(rows[1].count, 5);
	ck_assert_uint_eq(rows[0].err + rows[1].err, 0);
	/* Ties by value: x before z. */
	ck_assert_int_eq(rows[0].key[0], 'x');
	ck_assert_int_eq(topn_approx(a), 0);
	topn_add(a, "y", 1, 1);
	ck_assert_uint_eq(topn_rows(a, rows, 4), 3);
	ck_assert_uint_eq(rows[2].count, 2);
	topn_free(a);
	topn_free(b);
}
END_TEST

START_TEST(test_timeline)
{
	struct timeline tl, t2;
	struct tl_view v;
	long long t0 = 1795255200;	/* 2026-11-21 10:00:00 UTC */
	int i;

	tl_init(&tl, 2, 0);
	tl_add(&tl, t0 + 5, 0);
	tl_add(&tl, t0 + 5, 1);
	tl_add(&tl, t0 - 3, 0);		/* before: the buckets shift */
	ck_assert_int_eq(tl.unit, 1);
	ck_assert_uint_eq(tl.nb, 9);
	/* A day later: too long for 1 s buckets, coarser ones. */
	tl_add(&tl, t0 + 86400, 1);
	ck_assert_int_ge(tl.unit * TL_BUCKETS, 86400);
	tl_view(&tl, 3600, 0, &v);
	ck_assert_uint_eq(v.n, 26);
	ck_assert_uint_eq(v.v[0], 1);		/* 09:00, series 0 */
	ck_assert_uint_eq(v.v[2], 1);		/* 10:00 */
	ck_assert_uint_eq(v.v[3], 1);
	ck_assert_uint_eq(v.v[25 * 2 + 1], 1);
	tl_view_free(&v);
	/* Aligned to the log's clock: +09:30 starts days at 14:30 UTC. */
	tl_view(&tl, 86400, 570, &v);
	ck_assert_int_eq((v.start + 570 * 60) % 86400, 0);
	tl_view_free(&v);

	/* Merging: the same as adding to one. */
	tl_init(&t2, 2, 0);
	for (i = 0; i < 100; i++)
		tl_add(&t2, t0 + i * 60, i % 2);
	tl_merge(&tl, &t2);
	tl_view(&tl, 86400, 0, &v);
	/* The first day: three lines, and a hundred more. */
	ck_assert_uint_eq(v.v[0] + v.v[1], 103);
	tl_view_free(&v);
	tl_free(&tl);
	tl_free(&t2);
	ck_assert_int_eq(tl_unit("15m"), 900);
	ck_assert_int_eq(tl_unit("1d"), 86400);
	ck_assert_int_eq(tl_unit("7m"), -1);
	ck_assert_int_eq(tl_unit("0s"), -1);
	ck_assert_int_eq(tl_unit("h"), -1);
}
END_TEST

START_TEST(test_timeline_tally)
{
	struct count c;

	co.timeline = 1;
	co.log.want_time = 1;
	tally(&c, "h - - [21/Nov/2026:10:00:01 +0900] \"GET / HTTP/1.1\" 200 1\n"
	    "h - - [21/Nov/2026:10:00:59 +0900] \"GET / HTTP/1.1\" 502 1\n"
	    "502\n");
	ck_assert_uint_eq(c.untimed, 1);
	ck_assert_int_eq(c.tz, 540);
	ck_assert_uint_eq(c.tl.v[0 * 6 + 2], 1);
	count_free(&c);
}
END_TEST

/* Writes text to a temporary file (gzipped if gz); returns its name. */
static char *
temp_file(const char *text, size_t n, int gz)
{
	char *name = strdup("/tmp/check_count.XXXXXX");
	int fd = mkstemp(name);
	gzFile g;

	ck_assert_int_ge(fd, 0);
	if (gz) {
		g = gzdopen(fd, "wb");
		ck_assert_int_eq(gzwrite(g, text, (unsigned)n), (int)n);
		gzclose(g);
	} else {
		ck_assert_int_eq(write(fd, text, n), (ssize_t)n);
		close(fd);
	}
	return name;
}

START_TEST(test_gzip)
{
	const char *text = "200\n404\nh - - [d] \"GET / HTTP/1.1\" 503 1\n";
	char *name = temp_file(text, strlen(text), 1);
	struct count c;

	count_init(&c, &co);
	ck_assert_int_eq(count_file(&c, name), 0);
	ck_assert_uint_eq(c.total, 3);
	ck_assert_uint_eq(c.n[503], 1);
	count_free(&c);
	unlink(name);
	free(name);
}
END_TEST

/* The same tally from one thread and from several. */
START_TEST(test_parts)
{
	char *text = malloc(4 << 20), *name;
	struct count one, many;
	struct query q;
	struct hsc_error err;
	size_t n = 0;
	int i;

	for (i = 0; i < 40000; i++)
		n += (size_t)sprintf(text + n, i % 1000 == 7 ? "garbage %d\n" :
		    "h - - [21/Nov/2026:%02d:%02d:00 +0000] \"GET /p%d "
		    "HTTP/1.1\" %d 1\n", i / 1000 % 24, i % 60, i % 13,
		    i % 7 ? 200 : 502);
	n += (size_t)sprintf(text + n, "#Fields: sc-status date time\n"
	    "404 2026-11-21 10:00:00\n");
	name = temp_file(text, n, 0);
	co.by = co.log.dim = DIM_PATH;
	co.timeline = co.log.want_time = 1;
	ck_assert_int_eq(query_parse("5xx", &q, &err), 0);
	co.only = &q;
	co.nonly = 1;
	co.threads = 1;
	count_init(&one, &co);
	ck_assert_int_eq(count_file(&one, name), 0);
	co.threads = 5;
	count_init(&many, &co);
	ck_assert_int_eq(count_file(&many, name), 0);
	ck_assert_int_eq(memcmp(one.n, many.n, sizeof(one.n)), 0);
	ck_assert_uint_eq(one.total, many.total);
	ck_assert_uint_eq(one.skipped, many.skipped);
	ck_assert_uint_eq(one.lines, many.lines);
	ck_assert_uint_eq(one.first.line, many.first.line);
	ck_assert_uint_eq(one.first.line, 8);
	ck_assert_uint_eq(one.n[404], 1);
	ck_assert_uint_eq(topn_size(one.by[502]), topn_size(many.by[502]));
	ck_assert_int_eq(one.tl.unit, many.tl.unit);
	ck_assert_uint_eq(one.tl.nb, many.tl.nb);
	ck_assert_int_eq(memcmp(one.tl.v, many.tl.v, one.tl.nb *
	    sizeof(*one.tl.v)), 0);
	count_free(&one);
	count_free(&many);
	unlink(name);
	free(name);
	free(text);
}
END_TEST

Suite *
suite_count(void)
{
	Suite *s = suite_create("count");
	TCase *tc = tcase_create("Core");

	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, test_stream);
	tcase_add_test(tc, test_no_response_and_origin);
	tcase_add_test(tc, test_substatus);
	tcase_add_test(tc, test_by);
	tcase_add_test(tc, test_topn_exact);
	tcase_add_test(tc, test_topn_approx);
	tcase_add_test(tc, test_topn_budget);
	tcase_add_test(tc, test_topn_merge);
	tcase_add_test(tc, test_timeline);
	tcase_add_test(tc, test_timeline_tally);
	tcase_add_test(tc, test_gzip);
	tcase_add_test(tc, test_parts);
	tcase_set_timeout(tc, 30);
	suite_add_tcase(s, tc);
	return s;
}

/* The log-line parser of --count, and the tally. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_hsc.h"
#include "count.h"

static int
line(const char *s)
{
	return count_line(s, strlen(s), 0);
}

START_TEST(test_bare)
{
	ck_assert_int_eq(line("404"), 404);
	ck_assert_int_eq(line("  200 \r"), 200);
	ck_assert_int_eq(line("\t599\t"), 599);
	ck_assert_int_eq(line("600"), -1);
	ck_assert_int_eq(line("099"), -1);
	ck_assert_int_eq(line("4040"), -1);
	ck_assert_int_eq(line("40"), -1);
	ck_assert_int_eq(line(""), -1);
	ck_assert_int_eq(line("abc"), -1);
}
END_TEST

START_TEST(test_common_and_combined)
{
	ck_assert_int_eq(line("127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700]"
	    " \"GET /apache_pb.gif HTTP/1.0\" 200 2326"), 200);
	ck_assert_int_eq(line("127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "
	    "\"GET / HTTP/1.1\" 304 0 \"http://example.com/\" "
	    "\"Mozilla/5.0 (X11; Linux x86_64)\""), 304);
	/* IPv6 clients. */
	ck_assert_int_eq(line("2001:db8::1 - - [21/Nov/2026:00:00:00 +0000] "
	    "\"POST /api HTTP/2.0\" 499 0 \"-\" \"curl/8\""), 499);
	ck_assert_int_eq(line("::1 - - [x] \"GET / HTTP/1.1\" 502 157"), 502);
	/* A status at the end of the line. */
	ck_assert_int_eq(line("h - - [d] \"GET / HTTP/1.1\" 204"), 204);
}
END_TEST

START_TEST(test_odd_requests)
{
	/* Quotes and spaces inside the request line. */
	ck_assert_int_eq(line("h - - [d] \"GET /a b \\\"c\\\" HTTP/1.1\" 404 "
	    "12 \"-\" \"agent\""), 404);
	ck_assert_int_eq(line("h - - [d] \"GET /x\" 1 \" HTTP/1.1\" 400 12"),
	    400);
	/* nginx logs an unparsable request as "-" or raw bytes. */
	ck_assert_int_eq(line("h - - [d] \"-\" 400 0 \"-\" \"-\""), 400);
	ck_assert_int_eq(line("h - - [d] \"\\x16\\x03\\x01\" 400 157"), 400);
}
END_TEST

START_TEST(test_truncated)
{
	ck_assert_int_eq(line("h - - [d] \"GET / HTTP/1.1\" 20"), -1);
	ck_assert_int_eq(line("h - - [d] \"GET / HTTP/1.1"), -1);
	ck_assert_int_eq(line("h - - [d] \"GET / HTTP/1.1\""), -1);
	ck_assert_int_eq(line("h - - [d] \"GET / HTTP/1.1\" 2000 1"), -1);
	ck_assert_int_eq(line("\""), -1);
	ck_assert_int_eq(line("\" 200"), -1);	/* no request before */
}
END_TEST

START_TEST(test_field)
{
	const char *l = "2026-11-21T00:00:00Z GET /x 503 0.120";

	ck_assert_int_eq(count_line(l, strlen(l), 4), 503);
	ck_assert_int_eq(count_line(l, strlen(l), 3), -1);
	ck_assert_int_eq(count_line(l, strlen(l), 9), -1);
	ck_assert_int_eq(count_line("  a\t\t404  ", 10, 2), 404);
}
END_TEST

START_TEST(test_stream)
{
	/* Lines across blocks, a long line, no final newline, garbage. */
	size_t big = 3 * 1024 * 1024, n;
	char *text = malloc(big + 256), *p;
	struct count c;
	FILE *fp;

	p = text;
	p += sprintf(p, "404\nh - - [d] \"GET /");
	memset(p, 'a', big);
	p += big;
	p += sprintf(p, " HTTP/1.1\" 200 5\n\xff\xfe\x01garbage\n503");
	n = (size_t)(p - text);
	fp = fmemopen(text, n, "r");
	count_init(&c, 0);
	ck_assert_int_eq(count_stream(&c, fp, "mem"), 0);
	fclose(fp);
	ck_assert_uint_eq(c.total, 3);
	ck_assert_uint_eq(c.n[404], 1);
	ck_assert_uint_eq(c.n[200], 1);
	ck_assert_uint_eq(c.n[503], 1);
	ck_assert_uint_eq(c.skipped, 1);
	ck_assert_uint_eq(c.first_skipped, 3);
	ck_assert_str_eq(c.first_file, "mem");
	count_free(&c);
	free(text);
}
END_TEST

Suite *
suite_count(void)
{
	Suite *s = suite_create("count");
	TCase *tc = tcase_create("Core");

	tcase_add_test(tc, test_bare);
	tcase_add_test(tc, test_common_and_combined);
	tcase_add_test(tc, test_odd_requests);
	tcase_add_test(tc, test_truncated);
	tcase_add_test(tc, test_field);
	tcase_add_test(tc, test_stream);
	suite_add_tcase(s, tc);
	return s;
}

/* Classifying arguments: codes, classes, patterns, ranges, words. */
#include <string.h>

#include "check_hsc.h"
#include "defs.h"
#include "msg.h"
#include "query.h"

static struct query q;
static struct hsc_error e;
static char err[512];

static int
parse(const char *s)
{
	int r;

	err[0] = '\0';
	if ((r = query_parse(s, &q, &e)) != 0)
		msg_render(err, sizeof(err), LANG_EN, e.id, e.arg, e.arg2);
	return r;
}

START_TEST(test_code)
{
	ck_assert_int_eq(parse("404"), 0);
	ck_assert_int_eq(q.kind, Q_CODE);
	ck_assert_int_eq(q.lo, 404);
	ck_assert_int_eq(parse("  100 "), 0);
	ck_assert_int_eq(q.kind, Q_CODE);
	ck_assert_int_eq(q.lo, 100);
	ck_assert_int_eq(parse("599"), 0);
	ck_assert_int_eq(q.lo, 599);
}
END_TEST

/* 000 (and 0) and 999 are codes because the table has them. */
START_TEST(test_outside)
{
	ck_assert_int_eq(parse("000"), 0);
	ck_assert_int_eq(q.kind, Q_CODE);
	ck_assert_int_eq(q.lo, 0);
	ck_assert_int_eq(q.sub, -1);
	ck_assert_int_eq(parse("0"), 0);
	ck_assert_int_eq(q.kind, Q_CODE);
	ck_assert_int_eq(q.lo, 0);
	ck_assert_int_eq(parse("999"), 0);
	ck_assert_int_eq(q.lo, 999);
	ck_assert_int_eq(parse("00"), -1);
	ck_assert_int_eq(parse("998"), -1);
	ck_assert_str_eq(err, "998: not an HTTP status code (100-599)");
	/* Not in patterns or ranges. */
	ck_assert_int_eq(parse("000-100"), -1);
	ck_assert_int_eq(parse("0xx"), -1);
}
END_TEST

/* An IIS substatus code, as IIS logs and shows it. */
START_TEST(test_substatus)
{
	ck_assert_int_eq(parse("500.19"), 0);
	ck_assert_int_eq(q.kind, Q_CODE);
	ck_assert_int_eq(q.lo, 500);
	ck_assert_int_eq(q.hi, 500);
	ck_assert_int_eq(q.sub, 19);
	ck_assert_int_eq(parse("404.0"), 0);
	ck_assert_int_eq(q.sub, 0);
	ck_assert_int_eq(parse("500.100"), 0);
	ck_assert_int_eq(q.sub, 100);
	ck_assert_int_eq(parse("404"), 0);
	ck_assert_int_eq(q.sub, -1);
	ck_assert_int_eq(parse("600.1"), -1);
	ck_assert_str_eq(err, "600.1: not an HTTP status code (100-599)");
	/* Anything else with a dot is words. */
	ck_assert_int_eq(parse("500.1234"), 0);
	ck_assert_int_eq(q.kind, Q_WORDS);
	ck_assert_int_eq(parse("web.config"), 0);
	ck_assert_int_eq(q.kind, Q_WORDS);
}
END_TEST

START_TEST(test_bad_code)
{
	ck_assert_int_eq(parse("998"), -1);
	ck_assert_str_eq(err, "998: not an HTTP status code (100-599)");
	ck_assert_int_eq(parse("099"), -1);
	ck_assert_int_eq(parse("600"), -1);
	ck_assert_int_eq(parse("4040"), -1);
	ck_assert_int_eq(parse("12345678901234567890"), -1);
	ck_assert_str_eq(err, "1234567890123456...: not an HTTP status "
	    "code (100-599)");
	ck_assert_int_eq(parse(""), -1);
	ck_assert_str_eq(err, "empty query");
	ck_assert_int_eq(parse("   "), -1);
}
END_TEST

START_TEST(test_class_and_pattern)
{
	ck_assert_int_eq(parse("4"), 0);
	ck_assert_int_eq(q.kind, Q_PATTERN);
	ck_assert_str_eq(q.pat, "4xx");
	ck_assert_int_eq(parse("4XX"), 0);
	ck_assert_str_eq(q.pat, "4xx");
	ck_assert_int_eq(parse("40"), 0);
	ck_assert_str_eq(q.pat, "40x");
	ck_assert_int_eq(parse("5x3"), 0);
	ck_assert_str_eq(q.pat, "5x3");
	ck_assert_int_eq(parse("x04"), 0);
	ck_assert_str_eq(q.pat, "x04");
	ck_assert_int_eq(query_match(&q, 404), 1);
	ck_assert_int_eq(query_match(&q, 504), 1);
	ck_assert_int_eq(query_match(&q, 405), 0);
	ck_assert_int_eq(parse("6xx"), -1);
	ck_assert_str_eq(err, "6xx: not a status class (1xx-5xx)");
	ck_assert_int_eq(parse("7"), -1);
}
END_TEST

START_TEST(test_range)
{
	ck_assert_int_eq(parse("500-504"), 0);
	ck_assert_int_eq(q.kind, Q_RANGE);
	ck_assert_int_eq(q.lo, 500);
	ck_assert_int_eq(q.hi, 504);
	ck_assert_int_eq(query_match(&q, 499), 0);
	ck_assert_int_eq(query_match(&q, 500), 1);
	ck_assert_int_eq(query_match(&q, 504), 1);
	ck_assert_int_eq(query_match(&q, 505), 0);
	ck_assert_int_eq(parse("500\xe2\x80\x93" "504"), 0);	/* en dash */
	ck_assert_int_eq(q.kind, Q_RANGE);
	ck_assert_int_eq(parse("504-500"), -1);
	ck_assert_str_eq(err, "504-500: the range runs backwards");
	ck_assert_int_eq(parse("500-700"), -1);
	ck_assert_int_eq(parse("1-5"), -1);
	/* Cut short at a whole character, marked as cut. */
	ck_assert_int_eq(parse("11111111111111\xe2\x80\x93" "2"), -1);
	ck_assert_str_eq(err, "11111111111111...: not a range of status "
	    "codes (100-599)");
}
END_TEST

START_TEST(test_words)
{
	ck_assert_int_eq(parse("teapot"), 0);
	ck_assert_int_eq(q.kind, Q_WORDS);
	ck_assert_int_eq(parse("not found"), 0);
	ck_assert_int_eq(q.kind, Q_WORDS);
	ck_assert_int_eq(parse("게이트웨이"), 0);
	ck_assert_int_eq(q.kind, Q_WORDS);
	ck_assert_int_eq(parse("x"), 0);
	ck_assert_int_eq(q.kind, Q_WORDS);
	ck_assert_int_eq(parse("404x4"), 0);
	ck_assert_int_eq(q.kind, Q_WORDS);
	ck_assert_int_eq(parse("client-side"), 0);
	ck_assert_int_eq(q.kind, Q_WORDS);
}
END_TEST

Suite *
suite_query(void)
{
	Suite *s = suite_create("query");
	TCase *tc = tcase_create("Core");

	tcase_add_test(tc, test_code);
	tcase_add_test(tc, test_bad_code);
	tcase_add_test(tc, test_outside);
	tcase_add_test(tc, test_substatus);
	tcase_add_test(tc, test_class_and_pattern);
	tcase_add_test(tc, test_range);
	tcase_add_test(tc, test_words);
	suite_add_tcase(s, tc);
	return s;
}

/* Width, wrapping, normalisation, folding and escaping. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <uninorm.h>

#include "check_hsc.h"
#include "table.h"
#include "out.h"
#include "ustr.h"

static char *buf;
static size_t bufsize;
static struct out o;

static void
setup(void)
{
	o.fp = open_memstream(&buf, &bufsize);
	o.conv = NULL;
	o.enc = "UTF-8";
	o.color = 0;
	o.lang = LANG_EN;
}

static void
teardown(void)
{
	fclose(o.fp);
	free(buf);
}

/* What out_para writes for s at the given width and indent. */
static const char *
wrap(const char *s, int width, int indent)
{
	rewind(o.fp);
	out_para(&o, s, strlen(s), indent, width);
	fputc('\0', o.fp);
	fflush(o.fp);
	return buf;
}

START_TEST(test_width)
{
	ck_assert_int_eq(ustr_width("Not Found", 9, NULL), 9);
	/* 찾을 수 없음: 17 bytes, 12 columns. */
	ck_assert_int_eq(strlen("찾을 수 없음"), 17);
	ck_assert_int_eq(ustr_width("찾을 수 없음", 17, "UTF-8"), 12);
	ck_assert_int_eq(ustr_width("\xef\xbc\x94\xef\xbc\x90", 6, NULL), 4);
	/* Ambiguous width: one column in UTF-8, two in EUC-KR. */
	ck_assert_int_eq(ustr_width("\xc2\xb7", 2, "UTF-8"), 1);
	ck_assert_int_eq(ustr_width("\xc2\xb7", 2, "EUC-KR"), 2);
	/* The output state carries the encoding: no hidden global. */
	o.enc = "EUC-KR";
	ck_assert_int_eq(out_width(&o, "\xc2\xb7"), 2);
	o.enc = "UTF-8";
	ck_assert_int_eq(out_width(&o, "\xc2\xb7"), 1);
	ck_assert_int_eq(ustr_widest("a WWW-Authenticate b", 20, NULL), 16);
	ck_assert_int_eq(ustr_widest("찾을 수 없음", 17, NULL), 4);
	ck_assert_int_eq(ustr_widest("", 0, NULL), 0);
}
END_TEST

START_TEST(test_wrap_english)
{
	ck_assert_str_eq(wrap("The quick brown fox jumps over the lazy dog",
	    20, 0), "The quick brown fox\njumps over the lazy\ndog");
	ck_assert_str_eq(wrap("The quick brown fox jumps over the lazy dog",
	    24, 4), "    The quick brown fox\n    jumps over the lazy\n"
	    "    dog");
	/* A width of N means lines of N columns, not N - 1. */
	ck_assert_str_eq(wrap("aaaa bbbb cccc", 9, 0), "aaaa bbbb\ncccc");
	ck_assert_str_eq(wrap("aaaa bbbb cccc", 14, 0), "aaaa bbbb cccc");
	ck_assert_str_eq(wrap("aaaa bbbb cccc", 13, 0), "aaaa bbbb\ncccc");
	/* No width: one line. */
	ck_assert_str_eq(wrap("The quick brown fox jumps over", 0, 2),
	    "  The quick brown fox jumps over");
	/* Names with hyphens stay whole (UAX #14 would split WWW-). */
	ck_assert_str_eq(wrap("abc WWW-Authenticate", 17, 0),
	    "abc\nWWW-Authenticate");
	/* Breaks go after spaces even where UAX #14 keeps '" (' or ' /'. */
	ck_assert_str_eq(wrap("said \"no\" (really) at /a/b", 11, 0),
	    "said \"no\"\n(really) at\n/a/b");
	/* Only a word wider than a line breaks inside it, after a '/'. */
	ck_assert_str_eq(wrap("see /sharing/rest/generateToken", 20, 0),
	    "see\n/sharing/rest/\ngenerateToken");
}
END_TEST

START_TEST(test_wrap_korean)
{
	/* Hangul counts two columns; lines break at spaces only. */
	ck_assert_str_eq(wrap("요청한 리소스를 서버에서 찾을 수 없다", 17, 0),
	    "요청한 리소스를\n서버에서 찾을 수\n없다");
	ck_assert_str_eq(wrap("요청한 리소스를 서버에서 찾을 수 없다", 20, 4),
	    "    요청한 리소스를\n    서버에서 찾을 수\n    없다");
	/* A word wider than the line: between syllables, as UAX #14 says. */
	ck_assert_str_eq(wrap("게이트웨이시간초과입니다", 6, 0),
	    "게이트\n웨이시\n간초과\n입니다");
}
END_TEST

START_TEST(test_wrap_narrow)
{
	/* Narrower than the indent: the text still comes out whole. */
	const char *r = wrap("one two three", 3, 10);

	ck_assert_ptr_nonnull(strstr(r, "one"));
	ck_assert_ptr_nonnull(strstr(r, "three"));
	/*
	 * A word with no place to break, too wide for its indent, starts
	 * as far left as it must to fit; wider than the line, at column 0.
	 */
	ck_assert_str_eq(wrap("a HTTPStatus_NOT_FOUND b", 20, 4),
	    "    a\nHTTPStatus_NOT_FOUND\n    b");
	ck_assert_str_eq(wrap("a HTTPStatus_NOT_FOUND b", 22, 4),
	    "    a\n  HTTPStatus_NOT_FOUND\n    b");
	ck_assert_str_eq(wrap("a HTTPStatus_NOT_FOUND b", 12, 4),
	    "    a\nHTTPStatus_NOT_FOUND\n    b");
}
END_TEST

START_TEST(test_wrap_continued)
{
	int end, lines;

	/* out_wrap goes on from the cursor's column, 6 here. */
	rewind(o.fp);
	fputs("Label ", o.fp);
	end = out_wrap(&o, "one two three four", 18, 6, 6, 16);
	fputc('\0', o.fp);
	fflush(o.fp);
	ck_assert_str_eq(buf, "Label one two\n      three four");
	ck_assert_int_eq(end, 16);
	/* out_lines counts what the same call would write. */
	lines = out_lines(&o, "one two three four", 18, 6, 6, 16, 0, &end);
	ck_assert_int_eq(lines, 2);
	ck_assert_int_eq(end, 16);
	lines = out_lines(&o, "one two three four", 18, 0, 0, 0, 1, NULL);
	ck_assert_int_eq(lines, 1);
}
END_TEST

START_TEST(test_nfkc_and_fold)
{
	char *s;

	s = ustr_nfkc("\xef\xbc\x94\xef\xbc\x90\xef\xbc\x94");
	ck_assert_str_eq(s, "404");
	free(s);
	s = ustr_nfkc("\xe1\x84\x80\xe1\x85\xa6");	/* 게 as jamo */
	ck_assert_str_eq(s, "게");
	free(s);
	s = ustr_fold("Straße NOT Found");
	ck_assert_str_eq(s, "strasse not found");
	free(s);
}
END_TEST

START_TEST(test_escape)
{
	char *s;

	s = ustr_escape("a\033]0;x\007b", 8, 100);
	ck_assert_str_eq(s, "a\\e]0;x\\x07b");
	free(s);
	s = ustr_escape("\xff\xfe", 2, 100);
	ck_assert_str_eq(s, "\\xFF\\xFE");
	free(s);
	s = ustr_escape("\xc2\x9b" "31m", 5, 100);	/* C1 CSI */
	ck_assert_str_eq(s, "\\u009B31m");
	free(s);
	s = ustr_escape("a\xd8\x9c" "b", 4, 100);	/* ALM */
	ck_assert_str_eq(s, "a\\u061Cb");
	free(s);
	s = ustr_escape("\xe2\x80\xae" "abc", 6, 100);	/* RLO */
	ck_assert_str_eq(s, "\\u202Eabc");
	free(s);
	s = ustr_escape("게이트웨이 \\ tab\t", 22, 100);
	ck_assert_str_eq(s, "게이트웨이 \\\\ tab\\t");
	free(s);
	s = ustr_escape("abcdefghij", 10, 4);
	ck_assert_str_eq(s, "abcd...");
	free(s);
}
END_TEST

START_TEST(test_valid)
{
	ck_assert(ustr_valid("게이트웨이", strlen("게이트웨이")));
	ck_assert(!ustr_valid("\xc3\x28", 2));
	ck_assert(!ustr_valid("\xed\xa0\x80", 3));	/* a surrogate */
}
END_TEST

START_TEST(test_conversion)
{
	/* Output in EUC-KR: 가 is B0 A1, 찾 is C3 A3. */
	o.conv = "EUC-KR";
	rewind(o.fp);
	out_puts(&o, "가찾");
	fputc('\0', o.fp);
	fflush(o.fp);
	ck_assert_str_eq(buf, "\xb0\xa1\xc3\xa3");
	o.conv = NULL;
}
END_TEST

/* The fast path of ustr_fold gives what libunistring gives. */
START_TEST(test_fold_fast)
{
	static const char *const in[] = { "Gateway TIMEOUT", "rate-limit 429",
	    "게이트웨이 시간초과", "Bad 게이트웨이 X", "\t\r\x01~", "",
	    "ＴＥＡＰＯＴ", "\xe3\x84\xb1", ("Stra\xc3\x9f" "e"), "K\xe2\x84\xaa" };
	uint8_t *want;
	char *got;
	size_t i, len;

	for (i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
		want = u8_casefold((const uint8_t *)in[i], strlen(in[i]), NULL,
		    UNINORM_NFKC, NULL, &len);
		got = ustr_fold(in[i]);
		ck_assert_uint_eq(strlen(got), len);
		ck_assert_int_eq(memcmp(got, want, len), 0);
		free(want);
		free(got);
	}
}
END_TEST

Suite *
suite_ustr(void)
{
	Suite *s = suite_create("ustr");
	TCase *tc = tcase_create("Core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_width);
	tcase_add_test(tc, test_wrap_english);
	tcase_add_test(tc, test_wrap_korean);
	tcase_add_test(tc, test_wrap_narrow);
	tcase_add_test(tc, test_wrap_continued);
	tcase_add_test(tc, test_nfkc_and_fold);
	tcase_add_test(tc, test_escape);
	tcase_add_test(tc, test_valid);
	tcase_add_test(tc, test_conversion);
	tcase_add_test(tc, test_fold_fast);
	suite_add_tcase(s, tc);
	return s;
}

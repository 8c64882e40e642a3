/*
 * Real input (src/hsc/input.c): status lines, codes in punctuation,
 * arguments in other encodings, the reason-phrase note, stdin.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_hsc.h"
#include "input.h"

static struct status_line sl;

static int
status(const char *s)
{
	return input_status_line(s, strlen(s), &sl);
}

static const char *
phrase(void)
{
	static char buf[256];

	snprintf(buf, sizeof(buf), "%.*s", (int)sl.phrase_len,
	    sl.phrase != NULL ? sl.phrase : "");
	return buf;
}

START_TEST(test_status_line)
{
	ck_assert_int_eq(status("HTTP/1.1 502 Bad Gateway"), 0);
	ck_assert_int_eq(sl.code, 502);
	ck_assert_str_eq(phrase(), "Bad Gateway");
	ck_assert_int_eq(status("HTTP/1.0 404"), 0);
	ck_assert_int_eq(sl.code, 404);
	ck_assert_ptr_null(sl.phrase);
	/* curl -sI over HTTP/2: no phrase, a space and a CR. */
	ck_assert_int_eq(status("HTTP/2 404 \r"), 0);
	ck_assert_int_eq(sl.code, 404);
	ck_assert_ptr_null(sl.phrase);
	ck_assert_int_eq(status("HTTP/3 200"), 0);
	ck_assert_int_eq(sl.code, 200);
	ck_assert_int_eq(status("HTTP/2.0 204 No Content\r"), 0);
	ck_assert_str_eq(phrase(), "No Content");
	/* curl -v, wget -S. */
	ck_assert_int_eq(status("< HTTP/1.1 301 Moved Permanently\r"), 0);
	ck_assert_int_eq(sl.code, 301);
	ck_assert_str_eq(phrase(), "Moved Permanently");
	ck_assert_int_eq(status("  HTTP/1.1 200 OK"), 0);
	ck_assert_int_eq(sl.code, 200);
	ck_assert_int_eq(status("http/1.1 418 teapot"), 0);
	ck_assert_int_eq(sl.code, 418);
	/* Any three digits: whether they are a code is query.c's. */
	ck_assert_int_eq(status("HTTP/1.1 000"), 0);
	ck_assert_int_eq(sl.code, 0);
	ck_assert_int_eq(status("HTTP/1.1 999 Request denied"), 0);
	ck_assert_int_eq(sl.code, 999);
}
END_TEST

START_TEST(test_not_status_line)
{
	ck_assert_int_eq(status(""), -1);
	ck_assert_int_eq(status("HTTP/1.1"), -1);
	ck_assert_int_eq(status("HTTP/1.1 "), -1);
	ck_assert_int_eq(status("HTTP/1.1 40"), -1);
	ck_assert_int_eq(status("HTTP/1.1 4040"), -1);
	ck_assert_int_eq(status("HTTP/1.1 404x"), -1);
	ck_assert_int_eq(status("HTTP/ 404"), -1);
	ck_assert_int_eq(status("HTTP/x 404"), -1);
	ck_assert_int_eq(status("HTTP1.1 404"), -1);
	ck_assert_int_eq(status("HTTP/1.1404"), -1);
	ck_assert_int_eq(status("<HTTP/1.1 404"), -1);
	ck_assert_int_eq(status("> GET / HTTP/1.1"), -1);
	ck_assert_int_eq(status("HTTP\x0f" "1.1 404"), -1);
	ck_assert_int_eq(status("GET / HTTP/1.1"), -1);
	ck_assert_int_eq(status("x HTTP/1.1 404"), -1);
}
END_TEST

/* The query that args make, and how many arguments it took. */
static char text[256];
static char note[256];
static int used;

static const char *
query(int search, int n, ...)
{
	struct input_query q;
	char *args[8];
	va_list ap;
	int i;

	va_start(ap, n);
	for (i = 0; i < n; i++)
		args[i] = va_arg(ap, char *);
	va_end(ap);
	ck_assert_int_eq(input_query(args, n, search, &q), 0);
	snprintf(text, sizeof(text), "%s", q.text);
	snprintf(note, sizeof(note), "%s", q.phrase != NULL ? q.phrase : "");
	used = q.used;
	free(q.text);
	free(q.phrase);
	return text;
}

START_TEST(test_query_status)
{
	ck_assert_str_eq(query(0, 1, "HTTP/1.1 502 Bad Gateway"), "502");
	ck_assert_str_eq(note, "Bad Gateway");
	ck_assert_int_eq(used, 1);
	ck_assert_str_eq(query(0, 1, "HTTP/2 404 \r"), "404");
	ck_assert_str_eq(note, "");
	ck_assert_str_eq(query(0, 1, "< HTTP/3 200"), "200");
	/* Spread over several arguments, the phrase after it. */
	ck_assert_str_eq(query(0, 2, "HTTP/1.1", "404"), "404");
	ck_assert_int_eq(used, 2);
	ck_assert_str_eq(query(0, 4, "HTTP/1.1", "502", "Bad", "Gateway"),
	    "502");
	ck_assert_int_eq(used, 4);
	ck_assert_str_eq(note, "Bad Gateway");
	ck_assert_str_eq(query(0, 3, "<", "HTTP/1.1", "404\r"), "404");
	ck_assert_int_eq(used, 3);
	ck_assert_str_eq(query(0, 3, "HTTP/1.1 404", "Not", "Found"), "404");
	ck_assert_int_eq(used, 3);
	ck_assert_str_eq(note, "Not Found");
	/* The phrase ends at a code, a status line or "-". */
	ck_assert_str_eq(query(0, 4, "HTTP/1.1", "404", "OK", "500"), "404");
	ck_assert_int_eq(used, 3);
	ck_assert_str_eq(query(0, 3, "HTTP/1.1", "404", "-"), "404");
	ck_assert_int_eq(used, 2);
	ck_assert_str_eq(query(0, 4, "HTTP/1.1", "404", "HTTP/1.1", "500"),
	    "404");
	ck_assert_int_eq(used, 2);
	/* A whole status line with its phrase takes no more words. */
	ck_assert_str_eq(query(0, 2, "HTTP/1.1 404 Not Found", "teapot"),
	    "404");
	ck_assert_int_eq(used, 1);
	/* Full-width, as some input methods type it. */
	ck_assert_str_eq(query(0, 1,
	    "HTTP/1.1 \xef\xbc\x94\xef\xbc\x90\xef\xbc\x94"), "404");
	/* Not a status line: the argument as it is. */
	ck_assert_str_eq(query(0, 2, "HTTP/1.1", "teapot"), "HTTP/1.1");
	ck_assert_int_eq(used, 1);
	ck_assert_str_eq(query(0, 1, "HTTP/1.1"), "HTTP/1.1");
	ck_assert_str_eq(query(0, 1, "<"), "<");
}
END_TEST

START_TEST(test_query_punctuation)
{
	ck_assert_str_eq(query(0, 1, "404."), "404");
	ck_assert_str_eq(query(0, 1, "404:"), "404");
	ck_assert_str_eq(query(0, 1, "(404)"), "404");
	ck_assert_str_eq(query(0, 1, "\"404\""), "404");
	ck_assert_str_eq(query(0, 1, "[404]"), "404");
	ck_assert_str_eq(query(0, 1, " '404', "), "404");
	/* Full-width parentheses and corner brackets, by category. */
	ck_assert_str_eq(query(0, 1, "\xef\xbc\x88" "404\xef\xbc\x89"), "404");
	ck_assert_str_eq(query(0, 1, "\xe3\x80\x8c" "404\xe3\x80\x8d"), "404");
	/* Classes, patterns, ranges, and what would be an error. */
	ck_assert_str_eq(query(0, 1, "(4xx)"), "4xx");
	ck_assert_str_eq(query(0, 1, "[500-504]"), "500-504");
	ck_assert_str_eq(query(0, 1, "(500\xe2\x80\x93" "504)"),
	    "500\xe2\x80\x93" "504");
	ck_assert_str_eq(query(0, 1, "999."), "999");
	/* Words stay words; the search strips their punctuation itself. */
	ck_assert_str_eq(query(0, 1, "(teapot)"), "(teapot)");
	ck_assert_str_eq(query(0, 1, "404 500."), "404 500.");
	ck_assert_str_eq(query(0, 1, "1.1"), "1.1");
	ck_assert_str_eq(query(0, 1, "404"), "404");
	/* --search: every argument as it is. */
	ck_assert_str_eq(query(1, 1, "404."), "404.");
	ck_assert_str_eq(query(1, 2, "HTTP/1.1", "404"), "HTTP/1.1");
	ck_assert_int_eq(used, 1);
}
END_TEST

START_TEST(test_decode)
{
	char *s;

	/* 게이트웨이 in EUC-KR. */
	s = input_decode("\xb0\xd4\xc0\xcc\xc6\xae\xbf\xfe\xc0\xcc", 10,
	    "EUC-KR");
	ck_assert_ptr_nonnull(s);
	ck_assert_str_eq(s, "게이트웨이");
	free(s);
	s = input_decode("404", 3, "EUC-KR");
	ck_assert_str_eq(s, "404");
	free(s);
	/* A lead byte without its trail byte. */
	ck_assert_ptr_null(input_decode("\xb0", 1, "EUC-KR"));
	/* UTF-8: checked, not converted. */
	s = input_decode("게이트웨이", strlen("게이트웨이"), NULL);
	ck_assert_str_eq(s, "게이트웨이");
	free(s);
	ck_assert_ptr_null(input_decode("caf\xe9", 4, NULL));
	ck_assert_ptr_null(input_decode("a\0b", 3, NULL));
}
END_TEST

START_TEST(test_phrase)
{
	const char *known = NULL;

	ck_assert_int_eq(input_phrase_differs(404, "Not Found", &known), 0);
	ck_assert_int_eq(input_phrase_differs(404, "not  found", &known), 0);
	ck_assert_int_eq(input_phrase_differs(404, "NOT FOUND.", &known), 0);
	ck_assert_int_eq(input_phrase_differs(404, "OK", &known), 1);
	ck_assert_str_eq(known, "Not Found");
	/* An older phrase is one hsc knows. */
	ck_assert_int_eq(input_phrase_differs(413, "Payload Too Large",
	    &known), 0);
	/* Either meaning of 499. */
	ck_assert_int_eq(input_phrase_differs(499, "Token Required", &known),
	    0);
	/* A code hsc does not know differs from nothing. */
	ck_assert_int_eq(input_phrase_differs(299, "Whatever", &known), 0);
}
END_TEST

/* The queries input_collect makes of args and of stdin's text. */
static const char *
collect(const char *in, int n, ...)
{
	static char buf[512];
	struct input inp;
	char *args[8];
	va_list ap;
	FILE *fp;
	size_t len = 0;
	int i;

	va_start(ap, n);
	for (i = 0; i < n; i++)
		args[i] = va_arg(ap, char *);
	va_end(ap);
	fp = fmemopen((void *)(uintptr_t)in, strlen(in), "r");
	ck_assert_ptr_nonnull(fp);
	input_collect(&inp, args, n, 0, NULL, fp);
	fclose(fp);
	buf[0] = '\0';
	for (i = 0; i < inp.n; i++)
		len += (size_t)snprintf(buf + len, sizeof(buf) - len, "%s%s%s",
		    i ? "|" : "", inp.text[i], inp.alone[i] ? "*" : "");
	input_free(&inp);
	return buf;
}

START_TEST(test_collect)
{
	ck_assert_str_eq(collect("", 3, "HTTP/1.1", "404", "Not Found"), "404");
	ck_assert_str_eq(collect("", 2, "gateway", "timeout"),
	    "gateway|timeout");
	/* "-": the lines of stdin, each alone, in the arguments' order. */
	ck_assert_str_eq(collect("HTTP/2 404 \r\n\n  \r\n000\n(502)\n"
	    "gateway timeout", 3, "200", "-", "500"),
	    "200|404*|000*|502*|gateway timeout*|500");
	ck_assert_str_eq(collect("", 1, "-"), "");
}
END_TEST

Suite *
suite_input(void)
{
	Suite *s = suite_create("input");
	TCase *tc = tcase_create("Core");

	tcase_add_test(tc, test_status_line);
	tcase_add_test(tc, test_not_status_line);
	tcase_add_test(tc, test_query_status);
	tcase_add_test(tc, test_query_punctuation);
	tcase_add_test(tc, test_decode);
	tcase_add_test(tc, test_phrase);
	tcase_add_test(tc, test_collect);
	suite_add_tcase(s, tc);
	return s;
}

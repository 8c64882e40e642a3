/* JSON strings and the shape of the JSON output. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_hsc.h"
#include "table.h"
#include "out.h"

static char *buf;
static size_t bufsize;
static FILE *fp;

static void
setup(void)
{
	fp = open_memstream(&buf, &bufsize);
}

static void
teardown(void)
{
	fclose(fp);
	free(buf);
}

static const char *
str(const char *s, size_t n)
{
	rewind(fp);
	json_string(fp, s, n);
	fputc('\0', fp);
	fflush(fp);
	return buf;
}

START_TEST(test_escapes)
{
	ck_assert_str_eq(str("plain", 5), "\"plain\"");
	ck_assert_str_eq(str("a\"b\\c", 5), "\"a\\\"b\\\\c\"");
	ck_assert_str_eq(str("\b\f\n\r\t", 5), "\"\\b\\f\\n\\r\\t\"");
	ck_assert_str_eq(str("\001\037\177", 3), "\"\\u0001\\u001f\\u007f\"");
	ck_assert_str_eq(str("x\0y", 3), "\"x\\u0000y\"");
	/* Non-ASCII stays UTF-8, as jq writes it. */
	ck_assert_str_eq(str("찾을 수 없음", 17), "\"찾을 수 없음\"");
	ck_assert_str_eq(str("/", 1), "\"/\"");
}
END_TEST

START_TEST(test_entry)
{
	static const char *const keys[] = { "\"see_also\":[",
	    "],\"headers\":[", "],\"summary\":{\"en\":", "\"detail\":{",
	    "\"causes\":{\"en\":[",
	    "\"constants\":{\"go\":\"http.StatusNotFound\"",
	    ("\"constant_versions\":{\"go\":[{\"name\":\"http.StatusNotFound\","
	    "\"since\":null,\"until\":null,\"deprecated\":null}]"),
	    "},\"id\":\"404\",\"substatus\":null,\"substatuses\":[\"404.0\",",
	    "],\"see_also_ids\":[\"", "],\"sources\":[],\"match\":null}\n]" };
	static const char head[] = "[\n{\"code\":404,\"phrase\":"
	    "\"Not Found\",\"aliases\":[],\"name\":{\"en\":\"Not Found\","
	    "\"ko\":\"찾을 수 없음\"},\"class\":\"4xx\",\"kind\":"
	    "\"standard\",\"official\":true,\"origin\":\"IANA\",\"spec\":"
	    "\"RFC 9110 §15.5.5\",\"see_also\":[";
	struct out o = { .fp = fp, .enc = "UTF-8", .lang = LANG_EN };
	struct result r[2];
	const char *p, *q;
	size_t n, i;

	memset(r, 0, sizeof(r));
	r[0].c = codes_find(404, &n);
	r[0].code = 404;
	r[0].match = -1;
	r[0].subs = 1;
	r[1].c = NULL;		/* unassigned: not in JSON */
	r[1].code = 299;
	r[1].match = -1;
	r[1].subs = 0;
	json_formatter.results(&o, r, 2, 0);
	fputc('\0', fp);
	fflush(fp);
	/* One object, its keys in the documented order, nothing for 299. */
	ck_assert_str_eq(buf + strlen(buf) - 4, "}\n]\n");
	ck_assert_int_eq(strncmp(buf, head, strlen(head)), 0);
	for (i = 0, p = buf; i < sizeof(keys) / sizeof(keys[0]); i++) {
		q = strstr(p, keys[i]);
		ck_assert_msg(q != NULL, "%s missing or out of order", keys[i]);
		p = q;
	}
	ck_assert_ptr_null(strstr(buf, "299"));
	/* The object is one line. */
	ck_assert_str_eq(strchr(strchr(buf, '{'), '\n'), "\n]\n");
}
END_TEST

START_TEST(test_empty)
{
	struct out o = { .fp = fp, .enc = "UTF-8", .lang = LANG_EN };

	json_formatter.results(&o, NULL, 0, 0);
	fputc('\0', fp);
	fflush(fp);
	ck_assert_str_eq(buf, "[]\n");
}
END_TEST

Suite *
suite_json(void)
{
	Suite *s = suite_create("json");
	TCase *tc = tcase_create("Core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_escapes);
	tcase_add_test(tc, test_entry);
	tcase_add_test(tc, test_empty);
	suite_add_tcase(s, tc);
	return s;
}

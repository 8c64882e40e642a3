/*
 * hscgen's checks: a small valid data set, then one mistake at a time,
 * each of which must be reported as FILE:LINE: message.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_hsc.h"
#include "datafile.h"

static char *msgs;
static size_t msgsize;

#define CLASS(d) \
	"class: " d "xx\nname.en: Class\nname.ko: 분류\n" \
	"summary.en: A class.\nsummary.ko: 분류다.\n" \
	"detail.en:\n  About it.\ndetail.ko:\n  설명이다.\n"

#define CODE404 \
	"code: 404\norigin: IANA\nkind: standard\nphrase: Not Found\n" \
	"name.ko: 찾을 수 없음\nsummary.en: Nothing here.\n" \
	"summary.ko: 여기 없다.\nspec: RFC 9110 §15.5.5\n" \
	"detail.en:\n  One\n  line.\n\n  Two. Three.\n" \
	"detail.ko:\n  하나다. 둘이다. 셋이다.\n" \
	"causes.en:\n  A cause.\ncauses.ko:\n  원인이다.\n"

/* A vendor's meaning of the same number. */
#define ACME404 \
	"code: 404\norigin: Acme\nkind: unofficial\nphrase: Nope\n" \
	"name.ko: 없음없음\nsummary.en: Acme's.\nsummary.ko: 아크미의 것.\n" \
	"spec: Acme docs\ndetail.en:\n  x. y. z.\n" \
	"detail.ko:\n  가다. 나다. 다다.\n" \
	"causes.en:\n  A cause.\ncauses.ko:\n  원인이다.\n"

/*
 * Reads a glossary (if any), the classes, a 4xx.txt with the given
 * text and an other.txt (if any); returns the number of errors, their
 * messages in msgs.
 */
static int
check_all(const char *glossary, const char *fourxx, const char *other)
{
	static const char *const others[] = { CLASS("1"), CLASS("2"),
	    CLASS("3"), CLASS("5") };
	static const char *const names[] = { "data/1xx.txt", "data/2xx.txt",
	    "data/3xx.txt", "data/5xx.txt" };
	struct df_db db;
	FILE *err, *in;
	size_t i;
	int n;

	free(msgs);
	msgs = NULL;
	err = open_memstream(&msgs, &msgsize);
	df_init(&db, err);
	db.subset = 1;
	if (glossary != NULL) {
		in = fmemopen((char *)glossary, strlen(glossary), "r");
		df_read_glossary_stream(&db, in, "data/WRITING.md");
		fclose(in);
	}
	for (i = 0; i < 4; i++) {
		in = fmemopen((char *)others[i], strlen(others[i]), "r");
		df_read_stream(&db, in, names[i]);
		fclose(in);
	}
	in = fmemopen((char *)fourxx, strlen(fourxx), "r");
	df_read_stream(&db, in, "data/4xx.txt");
	fclose(in);
	if (other != NULL) {
		in = fmemopen((char *)other, strlen(other), "r");
		df_read_stream(&db, in, "data/other.txt");
		fclose(in);
	}
	df_finish(&db);
	n = db.nerr;
	df_free(&db);
	fclose(err);
	return n;
}

/* check_all with only a 4xx.txt. */
static int
check(const char *fourxx)
{
	return check_all(NULL, fourxx, NULL);
}

static void
expect(const char *fourxx, const char *message)
{
	int n = check(fourxx);

	ck_assert_msg(n >= 1, "no error, expected %s", message);
	ck_assert_msg(strstr(msgs, message) != NULL, "got «%s», expected «%s»",
	    msgs, message);
}

static void
teardown(void)
{
	free(msgs);
	msgs = NULL;
}

START_TEST(test_valid)
{
	ck_assert_int_eq(check(CLASS("4") "\n# a comment\n" CODE404), 0);
	ck_assert_str_eq(msgs, "");
}
END_TEST

START_TEST(test_duplicate)
{
	expect(CLASS("4") CODE404 CODE404,
	    "data/4xx.txt:29: code 404 from IANA already defined at "
	    "data/4xx.txt:10");
	/* The same number from another origin is another meaning. */
	ck_assert_int_eq(check(CLASS("4") CODE404 ACME404), 0);
	ck_assert_str_eq(msgs, "");
}
END_TEST

START_TEST(test_missing_field)
{
	expect(CLASS("4") "code: 404\norigin: IANA\nkind: standard\n"
	    "phrase: Not Found\nname.ko: 찾을 수 없음\nsummary.en: x\n"
	    "spec: RFC\ndetail.en:\n  x\ndetail.ko:\n  가\n",
	    "data/4xx.txt:10: code record lacks required field 'summary.ko'");
	expect("name.en: x\n" CODE404,
	    "data/4xx.txt:1: field 'name.en' before the first");
	expect(CODE404, "data/4xx.txt: no 'class: 4xx' record");
}
END_TEST

START_TEST(test_code_range)
{
	expect(CLASS("4") "code: 600\n", "data/4xx.txt:10: code 600 is "
	    "outside 100-599");
	expect(CLASS("4") "code: 99\n", "code '99' is not three digits");
	expect(CLASS("4") "code: 40x\n", "code '40x' is not three digits");
}
END_TEST

START_TEST(test_class_mismatch)
{
	char buf[1024];

	snprintf(buf, sizeof(buf), CLASS("4") "%s", CODE404);
	memcpy(strstr(buf, "code: 404") + 6, "504", 3);
	expect(buf, "data/4xx.txt:10: code 504 does not belong to class 4xx");
	expect(CLASS("5") CODE404, "class 5xx does not match the file name");
}
END_TEST

START_TEST(test_utf8_and_nfc)
{
	expect(CLASS("4") "code: 404\nphrase: Not \xff Found\n",
	    "data/4xx.txt:11: invalid UTF-8");
	/* 한 as conjoining jamo: valid UTF-8, but not NFC. */
	expect(CLASS("4") "code: 404\norigin: IANA\nkind: standard\n"
	    "phrase: Not Found\nname.ko: \xe1\x84\x92\xe1\x85\xa1\xe1\x86\xab"
	    "\nsummary.en: x\nsummary.ko: 가\nspec: RFC\n"
	    "detail.en:\n  x\ndetail.ko:\n  가\n",
	    "data/4xx.txt:14: name.ko: text is not in Unicode NFC");
}
END_TEST

START_TEST(test_see_also)
{
	char buf[1024];

	snprintf(buf, sizeof(buf), CLASS("4") "%ssee: 405\n", CODE404);
	expect(buf, "data/4xx.txt:29: see: code 405 is not in the data");
	snprintf(buf, sizeof(buf), CLASS("4") "%ssee: 4x5\n", CODE404);
	expect(buf, "see: '4x5' is not a status code");
	snprintf(buf, sizeof(buf), CLASS("4") "%ssee: 404\n", CODE404);
	expect(buf, "see: 404 is this record's own code");
}
END_TEST

START_TEST(test_other_mistakes)
{
	char buf[2048];

	expect(CLASS("4") CODE404 "code: 403\n",
	    "code 403 out of order: it comes after 404");
	expect(CLASS("4") "code: 404\ncolour: red\n",
	    "data/4xx.txt:11: unknown field 'colour'");
	expect(CLASS("4") "code: 404\nphrase: a\nphrase: b\n",
	    "field 'phrase' given twice");
	expect(CLASS("4") "code: 404\n\tphrase: a\n", "tab character");
	expect(CLASS("4") "code: 404\n  stray\n",
	    "indented line outside a multi-line");
	expect(CLASS("4") "code: 404\nname.en: x\n",
	    "field 'name.en' does not belong in a code record");
	expect(CLASS("4") "what is this\n", "expected 'field: value'");

	snprintf(buf, sizeof(buf), CLASS("4") "%s", CODE404);
	memcpy(strstr(buf, "standard"), "standout", 8);
	expect(buf, "unknown kind 'standout'");
	snprintf(buf, sizeof(buf), CLASS("4") "%s", CODE404);
	memcpy(strstr(buf, "standard"), "unofficial", 8);
	buf[strlen(buf)] = '\0';
	snprintf(buf, sizeof(buf), CLASS("4") "%s", CODE404);
	*strstr(buf, "kind: standard") = '\0';
	strncat(buf, "kind: unofficial\n", sizeof(buf) - strlen(buf) - 1);
	strncat(buf, strstr(CODE404, "phrase:"), sizeof(buf) - strlen(buf) - 1);
	expect(buf, "kind 'unofficial' does not fit origin 'IANA'");

	snprintf(buf, sizeof(buf), CLASS("4") "%sconst.go: StatusNotFound\n",
	    CODE404);
	expect(buf, "const.go: 'StatusNotFound' is not a constant of that "
	    "library");
	snprintf(buf, sizeof(buf), CLASS("4") "%sconst.python: HTTPStatus.Nope"
	    "\n", CODE404);
	expect(buf, "const.python: 'HTTPStatus.Nope' is not a constant");
	snprintf(buf, sizeof(buf), CLASS("4") "%sconst.node: Not Found\n",
	    CODE404);
	expect(buf, "const.node repeats the phrase");
	snprintf(buf, sizeof(buf), CLASS("4") "%sconst.go: http.StatusNotFound"
	    "\nconst.dotnet: HttpStatusCode.NotFound\n", CODE404);
	ck_assert_int_eq(check(buf), 0);

	snprintf(buf, sizeof(buf), CLASS("4") "%sheaders: Retry-After\n",
	    CODE404);
	ck_assert_int_eq(check(buf), 0);
	snprintf(buf, sizeof(buf), CLASS("4") "%sheaders: Retry:After\n",
	    CODE404);
	expect(buf, "'Retry:After' is not a known header field name");
	snprintf(buf, sizeof(buf), CLASS("4") "%sheaders: Retry-Afterr\n",
	    CODE404);
	expect(buf, "'Retry-Afterr' is not a known header field name");
}
END_TEST

/* Expects an error with message for 404 with the given const lines. */
static void
expect_consts(const char *lines, const char *message)
{
	char buf[4096];

	snprintf(buf, sizeof(buf), CLASS("4") "%s%s", CODE404, lines);
	if (message == NULL)
		ck_assert_msg(check(buf) == 0, "unexpected «%s»", msgs);
	else
		expect(buf, message);
}

/* const.LIB lines: "NAME [since=V] [until=V] [deprecated=V]". */
START_TEST(test_constant_versions)
{
	expect_consts("const.spring: HttpStatus.NOT_FOUND\n"
	    "const.python: HTTPStatus.NOT_FOUND since=3.0\n"
	    "const.rack: :not_found\n"
	    "const.drf: status.HTTP_404_NOT_FOUND since=3.14\n"
	    "const.symfony: Response::HTTP_NOT_FOUND\n"
	    "const.http2: http2.constants.HTTP_STATUS_NOT_FOUND\n"
	    "const.rust: StatusCode::NOT_FOUND since=1.2\n"
	    "const.rust: StatusCode::NOPE since=0.1 until=1.2 "
	    "deprecated=1.0.1\n", NULL);
	/* The line of the mistake, whatever the line of the field. */
	expect_consts("const.go: http.StatusNotFound\n"
	    "const.go: http.StatusNope since=1.x\n",
	    "data/4xx.txt:30: const.go: since=1.x is not a version");
	expect_consts("const.go: http.StatusNotFound since=1..2\n",
	    "since=1..2 is not a version");
	expect_consts("const.go: http.StatusNotFound since=\n",
	    "since= is not a version");
	expect_consts("const.go: http.StatusNotFound since=v1.2\n",
	    "since=v1.2 is not a version");
	expect_consts("const.go: http.StatusNotFound since=1.2.\n",
	    "since=1.2. is not a version");
	expect_consts("const.go: http.StatusNotFound sinse=1.2\n",
	    "const.go: unknown attribute 'sinse=' (since=, until=, "
	    "deprecated=)");
	expect_consts("const.go: http.StatusNotFound since=1.2 since=1.3\n",
	    "const.go: since= given twice");
	expect_consts("const.go: http.StatusNotFound until=1.2 since=1.0\n",
	    "const.go: until= out of order; write since=, until=, "
	    "deprecated= in that order");
	expect_consts("const.go: since=1.2\n",
	    "const.go: no name before 'since=1.2'");
	/* Attributes that make sense together, compared number by number. */
	expect_consts("const.go: http.StatusNotFound since=1.2 until=1.2\n",
	    "const.go: until=1.2 is not after since=1.2");
	expect_consts("const.go: http.StatusNotFound since=1.10 until=1.9\n",
	    "until=1.9 is not after since=1.10");
	expect_consts("const.go: http.StatusNotFound since=1.9 until=1.10\n",
	    NULL);
	expect_consts("const.go: http.StatusNotFound since=1 until=1.0\n",
	    "until=1.0 is not after since=1");
	expect_consts("const.go: http.StatusNotFound since=2.0 "
	    "deprecated=1.5\n", "deprecated=1.5 comes before since=2.0");
	expect_consts("const.go: http.StatusNotFound until=2.0 "
	    "deprecated=2.0\n", "deprecated=2.0 is not before until=2.0");
	/* The names, one by one and together. */
	expect_consts("const.drf: status.HTTP_403_NOT_FOUND\n",
	    "const.drf: 'status.HTTP_403_NOT_FOUND' is not a constant of "
	    "that library");
	expect_consts("const.rack: :NotFound\n",
	    "const.rack: ':NotFound' is not a constant");
	expect_consts("const.http2: HTTP_STATUS_NOT_FOUND\n",
	    "const.http2: 'HTTP_STATUS_NOT_FOUND' is not a constant");
	expect_consts("const.go: http.StatusNotFound\n"
	    "const.go: http.StatusNotFound\n",
	    "data/4xx.txt:30: const.go: 'http.StatusNotFound' given twice");
	expect_consts("const.go: http.StatusGone until=1.2\n"
	    "const.go: http.StatusNotFound\n",
	    "data/4xx.txt:29: const.go: the first line is the current name, "
	    "but it has until= and 'http.StatusNotFound' has not");
	expect_consts("const.go: http.StatusGone deprecated=1.2\n"
	    "const.go: http.StatusNotFound\n",
	    "the first line is the current name, but it is deprecated and "
	    "'http.StatusNotFound' is not");
	expect_consts("const.go: http.StatusNotFound deprecated=1.2\n"
	    "const.go: http.StatusGone until=1.2 deprecated=1.0\n", NULL);
	expect_consts("const.node: Nope\nconst.node: Not Found\n",
	    "data/4xx.txt:30: const.node repeats the phrase");
}
END_TEST

/* Every Spring constant is in Spring 7, or says until when it was. */
START_TEST(test_spring7)
{
	expect_consts("const.spring: HttpStatus.NOT_FOUND\n", NULL);
	expect_consts("const.spring: HttpStatus.METHOD_FAILURE\n",
	    "data/4xx.txt:29: const.spring: HttpStatus.METHOD_FAILURE is not "
	    "in Spring 7.0's HttpStatus; say until= which version dropped it");
	expect_consts("const.spring: HttpStatus.NOT_FOUND\n"
	    "const.spring: HttpStatus.NOT_FOUNDISH until=7.0 deprecated=6.1\n",
	    NULL);
	expect_consts("const.spring: HttpStatus.OK\n",
	    "const.spring: HttpStatus.OK is Spring's 200, not 404");
	expect_consts("const.spring: HttpStatus.NOT_FOUND until=7.0\n",
	    "const.spring: HttpStatus.NOT_FOUND is still in Spring 7.0, so "
	    "not until=7.0");
	expect_consts("const.spring: HttpStatus.NOT_FOUND until=6.1\n",
	    "is still in Spring 7.0, so not until=6.1");
	/* Removed after 7.0: not a claim this list can check. */
	expect_consts("const.spring: HttpStatus.NOT_FOUND until=8.0\n", NULL);
}
END_TEST

/*
 * Reads text, as the file name, into db, its messages into msgs (err
 * stays open for the caller to close); returns its last code record,
 * or NULL.
 */
static const struct df_record *
read_text(struct df_db *db, FILE **err, const char *text, const char *name)
{
	const struct df_record *r = NULL;
	FILE *in;
	size_t i;

	free(msgs);
	*err = open_memstream(&msgs, &msgsize);
	df_init(db, *err);
	in = fmemopen((char *)text, strlen(text), "r");
	df_read_stream(db, in, name);
	fclose(in);
	for (i = 0; i < db->nrec; i++)
		if (!db->rec[i].is_class)
			r = &db->rec[i];
	return r;
}

/* A constant's line is kept parsed, and only its name is indexed. */
START_TEST(test_constant_parts)
{
	static const char text[] = CLASS("4") CODE404
	    "const.spring: HttpStatus.NOT_FOUND since=7.0\n"
	    "const.spring: HttpStatus.GONE until=7.0 deprecated=6.0.5\n";
	struct df_db db;
	FILE *err;
	const struct df_record *r;
	const struct df_const *c;

	r = read_text(&db, &err, text, "data/4xx.txt");
	ck_assert_ptr_nonnull(r);
	ck_assert_uint_eq(r->nconsts[CONST_SPRING], 2);
	c = r->consts[CONST_SPRING];
	ck_assert_str_eq(c[0].name, "HttpStatus.NOT_FOUND");
	ck_assert_str_eq(c[0].since, "7.0");
	ck_assert_ptr_null(c[0].until);
	ck_assert_ptr_null(c[0].deprecated);
	ck_assert_str_eq(c[1].name, "HttpStatus.GONE");
	ck_assert_ptr_null(c[1].since);
	ck_assert_str_eq(c[1].until, "7.0");
	ck_assert_str_eq(c[1].deprecated, "6.0.5");
	ck_assert_int_eq(c[1].line, 30);
	ck_assert_str_eq(r->val[F_CONST + CONST_SPRING],
	    "HttpStatus.NOT_FOUND\nHttpStatus.GONE");
	df_free(&db);
	fclose(err);
}
END_TEST

static int
check_with(const char *glossary, const char *fourxx)
{
	return check_all(glossary, fourxx, NULL);
}

#define GLOSSARY \
	"# Writing\n\n## Korean glossary\n" \
	"- 사용: 지시어 — 쓰지 않음: 디렉티브\n" \
	"- 사용: 기본적으로 캐시되지 않는다 — 쓰지 않음: 기본적으로 캐시하지 " \
	"않는다, 캐시 대상이 아니다\n" \
	"- 사용: 사유 구절 — 쓰지 않음: 사유 구문, reason phrase\n\n" \
	"How the terms are used: never 디렉티브 here, this is no rule line.\n"

/* The glossary of WRITING.md, a rule over every Korean field. */
static void
expect_glossary(const char *fourxx, const char *message)
{
	int n = check_with(GLOSSARY, fourxx);

	ck_assert_msg(n >= 1, "no error, expected %s", message);
	ck_assert_msg(strstr(msgs, message) != NULL, "got «%s», expected «%s»",
	    msgs, message);
}

START_TEST(test_glossary)
{
	char buf[4096];

	ck_assert_int_eq(check_with(GLOSSARY, CLASS("4") CODE404), 0);
	ck_assert_str_eq(msgs, "");
	/* A rejected variant, on the line it is on, with the term to use. */
	snprintf(buf, sizeof(buf), CLASS("4") "%s", CODE404);
	*strstr(buf, "causes.en:") = '\0';
	strncat(buf, "causes.en:\n  A cause.\ncauses.ko:\n  원인이다.\n"
	    "  nginx 디렉티브를 본다.\n", sizeof(buf) - strlen(buf) - 1);
	ck_assert_int_eq(check_with(GLOSSARY, buf), 1);
	ck_assert_str_eq(msgs, "data/4xx.txt:29: causes.ko: '디렉티브' is "
	    "not used: write '지시어' (the glossary in data/WRITING.md)\n");
	/* Across the end of a line, where the words are joined. */
	snprintf(buf, sizeof(buf), CLASS("4") "%s", CODE404);
	*strstr(buf, "causes.en:") = '\0';
	strncat(buf, "causes.en:\n  A cause.\ncauses.ko:\n  원인이다. "
	    "기본적으로 캐시하지\n  않는다.\n", sizeof(buf) - strlen(buf) - 1);
	ck_assert_int_eq(check_with(GLOSSARY, buf), 1);
	ck_assert_ptr_nonnull(strstr(msgs, "data/4xx.txt:28: causes.ko: "
	    "'기본적으로 캐시하지 않는다' is not used: write '기본적으로 "
	    "캐시되지 않는다'"));
	/* Every Korean field, and only the Korean ones. */
	snprintf(buf, sizeof(buf), CLASS("4") "%s", CODE404);
	*strstr(buf, "name.ko: 찾을") = '\0';
	strncat(buf, "name.ko: 사유 구문\n", sizeof(buf) - strlen(buf) - 1);
	strncat(buf, strstr(CODE404, "summary.en:"),
	    sizeof(buf) - strlen(buf) - 1);
	expect_glossary(buf, "data/4xx.txt:14: name.ko: '사유 구문' is not "
	    "used: write '사유 구절'");
	snprintf(buf, sizeof(buf), CLASS("4") "%s", CODE404);
	*strstr(buf, "detail.en:\n  One") = '\0';
	strncat(buf, "detail.en:\n  The reason phrase. Two. Three.\n",
	    sizeof(buf) - strlen(buf) - 1);
	strncat(buf, strstr(CODE404, "detail.ko:"),
	    sizeof(buf) - strlen(buf) - 1);
	ck_assert_msg(check_with(GLOSSARY, buf) == 0, "«%s»", msgs);
}
END_TEST

START_TEST(test_glossary_form)
{
	ck_assert_int_eq(check_with("- 사용: 지시어 - 쓰지 않음: 디렉티브\n",
	    CLASS("4") CODE404), 2);
	ck_assert_ptr_nonnull(strstr(msgs, "data/WRITING.md:1: a glossary "
	    "line reads '- 사용: TERM — 쓰지 않음: VARIANT, VARIANT'"));
	ck_assert_ptr_nonnull(strstr(msgs, "data/WRITING.md: no glossary "
	    "lines"));
	ck_assert_int_eq(check_with("- 사용: 로드 밸런서 — 쓰지 않음: "
	    "로드밸런서, 밸런서\n", CLASS("4") CODE404), 1);
	ck_assert_str_eq(msgs, "data/WRITING.md:1: glossary: '밸런서' cannot "
	    "be a variant of '로드 밸런서'\n");
}
END_TEST

/* origin.ko: the Korean name of an origin that is a description. */
START_TEST(test_origin_ko)
{
	char buf[4096];

	snprintf(buf, sizeof(buf), CLASS("4") "%s", ACME404);
	*strstr(buf, "kind: unofficial") = '\0';
	strncat(buf, "origin.ko: 아크미 회사\n", sizeof(buf) - strlen(buf) - 1);
	strncat(buf, strstr(ACME404, "kind:"), sizeof(buf) - strlen(buf) - 1);
	ck_assert_msg(check(buf) == 0, "«%s»", msgs);
	/* Not for IANA, and mostly Hangul. */
	snprintf(buf, sizeof(buf), CLASS("4") "%s", CODE404);
	*strstr(buf, "kind: standard") = '\0';
	strncat(buf, "origin.ko: 아이아나\n", sizeof(buf) - strlen(buf) - 1);
	strncat(buf, strstr(CODE404, "kind:"), sizeof(buf) - strlen(buf) - 1);
	expect(buf, "data/4xx.txt:12: origin.ko: IANA needs no Korean name");
	snprintf(buf, sizeof(buf), CLASS("4") "%s", ACME404);
	*strstr(buf, "kind: unofficial") = '\0';
	strncat(buf, "origin.ko: Acme 사\n", sizeof(buf) - strlen(buf) - 1);
	strncat(buf, strstr(ACME404, "kind:"), sizeof(buf) - strlen(buf) - 1);
	expect(buf, "origin.ko: fewer than two Hangul syllables");
	/* One origin, one Korean name (here, and a duplicate). */
	snprintf(buf, sizeof(buf), CLASS("4") "%s", ACME404);
	*strstr(buf, "kind: unofficial") = '\0';
	strncat(buf, "origin.ko: 아크미 회사\n", sizeof(buf) - strlen(buf) - 1);
	strncat(buf, strstr(ACME404, "kind:"), sizeof(buf) - strlen(buf) - 1);
	strncat(buf, ACME404, sizeof(buf) - strlen(buf) - 1);
	ck_assert_int_ge(check(buf), 1);
	ck_assert_ptr_nonnull(strstr(msgs, "origin 'Acme' has another "
	    "origin.ko at data/4xx.txt:10; give it the same one everywhere"));
}
END_TEST

/* An IIS substatus record of 404, and 000 and 999 in other.txt. */
#define IIS404_3 \
	"code: 404.3\norigin: Microsoft IIS\nkind: unofficial\n" \
	"phrase: MIME type restriction\nname.ko: 마임 제한\n" \
	"summary.en: IIS: no MIME map.\nsummary.ko: IIS: 마임 매핑이 없다.\n" \
	"spec: Microsoft IIS documentation\n" \
	"source: https://learn.microsoft.com/troubleshoot/iis\n" \
	"detail.en:\n  x. y. z.\ndetail.ko:\n  가다. 나다. 다다.\n" \
	"causes.en:\n  A cause.\ncauses.ko:\n  원인이다.\n"
#define NONE000 \
	"code: 000\norigin: HTTP clients\nkind: pseudo\nphrase: No Response\n" \
	"name.ko: 응답 없음\nsummary.en: No status.\nsummary.ko: 상태가 없다.\n" \
	"spec: Not an HTTP status code\nsource: https://curl.se/docs/\n" \
	"detail.en:\n  x. y. z.\ndetail.ko:\n  가다. 나다. 다다.\n"
#define LINKEDIN999 \
	"code: 999\norigin: LinkedIn\nkind: unofficial\nphrase: Denied\n" \
	"name.ko: 요청 거부\nsummary.en: Bots.\nsummary.ko: 봇이다.\n" \
	"spec: none\ndetail.en:\n  x. y. z.\ndetail.ko:\n  가다. 나다. 다다.\n" \
	"causes.en:\n  A cause.\ncauses.ko:\n  원인이다.\n"

/* Expects an error with message from 4xx.txt and other.txt. */
static void
expect_all(const char *fourxx, const char *other, const char *message)
{
	int n = check_all(NULL, fourxx, other);

	if (message == NULL) {
		ck_assert_msg(n == 0, "unexpected «%s»", msgs);
		return;
	}
	ck_assert_msg(n >= 1, "no error, expected %s", message);
	ck_assert_msg(strstr(msgs, message) != NULL, "got «%s», expected «%s»",
	    msgs, message);
}

/* IIS substatus codes: 404.3 after 404, from IIS, with its sources. */
START_TEST(test_substatus)
{
	char buf[4096];

	expect_all(CLASS("4") CODE404 IIS404_3, NULL, NULL);
	expect_all(CLASS("4") CODE404 IIS404_3 "see: 404 000\n", NONE000,
	    NULL);
	snprintf(buf, sizeof(buf), CLASS("4") CODE404 "see: 404.3\n%s",
	    IIS404_3);
	expect_all(buf, NULL, NULL);
	snprintf(buf, sizeof(buf), CLASS("4") CODE404 "see: 404.9\n%s",
	    IIS404_3);
	expect_all(buf, NULL, "data/4xx.txt:29: see: code 404.9 is not in the "
	    "data");
	/* Its form, and its place. */
	snprintf(buf, sizeof(buf), CLASS("4") CODE404 "%s", IIS404_3);
	memcpy(strstr(buf, "404.3"), "404.x", 5);
	expect_all(buf, NULL, "code '404.x' is not three digits (or three "
	    "digits, a dot and an IIS substatus: 500.19)");
	expect_all(CLASS("4") CODE404 "code: 404.03\n", NULL,
	    "code '404.03' is not three digits");
	expect_all(CLASS("4") CODE404 "code: 404.1234\n", NULL,
	    "code '404.1234' is not three digits");
	expect_all(CLASS("4") IIS404_3 CODE404, NULL,
	    "code 404 out of order: it comes after 404 and a substatus of it");
	snprintf(buf, sizeof(buf), CLASS("4") CODE404 "%s%s", IIS404_3,
	    IIS404_3);
	memcpy(strstr(strstr(buf, "404.3") + 5, "404.3"), "404.2", 5);
	expect_all(buf, NULL, "code 404.2 out of order: it comes after 404 "
	    "and a substatus of it");
	snprintf(buf, sizeof(buf), CLASS("4") CODE404 "%s%s", IIS404_3,
	    IIS404_3);
	expect_all(buf, NULL, "code 404.3 from Microsoft IIS already defined");
	expect_all(CLASS("4") IIS404_3, NULL, "data/4xx.txt:10: 404.3 is a "
	    "substatus of 404, which is not in the data");
	/* Only IIS has them, and they rest on Microsoft's documents. */
	snprintf(buf, sizeof(buf), CLASS("4") CODE404 "%s", IIS404_3);
	memcpy(strstr(buf, "origin: Microsoft IIS"), "origin: Microsoft IIX",
	    21);
	expect_all(buf, NULL, "substatus codes are Microsoft IIS's; origin "
	    "'Microsoft IIX' has none");
	snprintf(buf, sizeof(buf), CLASS("4") CODE404 "%s", IIS404_3);
	memcpy(strstr(buf, "source:"), "#ource:", 7);
	expect_all(buf, NULL, "data/4xx.txt:29: an IIS substatus code needs "
	    "source: lines");
	snprintf(buf, sizeof(buf), CLASS("4") CODE404 "%s", IIS404_3);
	memcpy(strstr(buf, "learn.microsoft.com"), "learn.microsoft.org", 19);
	expect_all(buf, NULL, "source: an IIS substatus code needs a Microsoft "
	    "document (a URL on microsoft.com)");
	snprintf(buf, sizeof(buf), CLASS("4") CODE404 "%s", IIS404_3);
	memcpy(strstr(buf, "learn.microsoft.com"), "learn-microsoft.com", 19);
	expect_all(buf, NULL, "needs a Microsoft document");
}
END_TEST

/* other.txt: the numbers outside 100-599, each of its listed kind. */
START_TEST(test_outside)
{
	char buf[4096];

	expect_all(CLASS("4") CODE404, NONE000 LINKEDIN999, NULL);
	expect_all(CLASS("4") CODE404 "see: 999\n", LINKEDIN999, NULL);
	expect_all(CLASS("4") CODE404 "see: 000\n", LINKEDIN999,
	    "see: code 000 is not in the data");
	expect_all(CLASS("4") CODE404, "code: 998\n", "data/other.txt:1: "
	    "code 998 is not one of the numbers outside 100-599 that other.txt "
	    "may hold (000, 999)");
	expect_all(CLASS("4") CODE404, "code: 404\n", "code 404 is not one of "
	    "the numbers");
	expect_all(CLASS("4") CODE404, "code: 000.1\n", "code 000.1 is not one "
	    "of the numbers");
	expect_all(CLASS("4") CODE404, CLASS("4"), "other.txt holds codes "
	    "outside the classes, and no class");
	expect_all(CLASS("4") "code: 000\n", NULL, "data/4xx.txt:10: code 000 "
	    "is outside 100-599 (it goes in other.txt)");
	/* The kind each must have. */
	snprintf(buf, sizeof(buf), "code: 000\norigin: HTTP clients\n"
	    "kind: unofficial\n%s", strstr(NONE000, "phrase:"));
	expect_all(CLASS("4") CODE404, buf, "data/other.txt:3: kind "
	    "'unofficial': 000 is pseudo");
	snprintf(buf, sizeof(buf), "%s", LINKEDIN999);
	memcpy(strstr(buf, "kind: unofficial"), "kind: pseudo\n#ial", 16);
	expect_all(CLASS("4") CODE404, buf, "kind 'pseudo': 999 is unofficial");
	snprintf(buf, sizeof(buf), CLASS("4") "%s", ACME404);
	memcpy(strstr(buf, "kind: unofficial"), "kind: pseudo\n#ial", 16);
	expect_all(buf, NULL, "kind 'pseudo' is for 000 in other.txt only");
	snprintf(buf, sizeof(buf), "%s", NONE000);
	memcpy(strstr(buf, "source:"), "#ource:", 7);
	expect_all(CLASS("4") CODE404, buf, "a pseudo code needs source: lines");
}
END_TEST

/* The rules that once lived only in the unit tests, now hscgen's. */
START_TEST(test_content_rules)
{
	char buf[2048], *p;

	/* An error code says what causes it, in every language. */
	snprintf(buf, sizeof(buf), CLASS("4") "%s", CODE404);
	*strstr(buf, "causes.en:") = '\0';
	expect(buf, "data/4xx.txt:10: an error code needs causes.en and "
	    "causes.ko");
	strncat(buf, "causes.en:\n  x\n", sizeof(buf) - strlen(buf) - 1);
	expect(buf, "causes given in one language only");
	/* A detailed text is three sentences at least. */
	snprintf(buf, sizeof(buf), CLASS("4") "%s", CODE404);
	memcpy(strstr(buf, "Two. Three."), "Two, three", 10);
	expect(buf, "data/4xx.txt:18: detail.en: 2 sentences, fewer than 3");
	/* Korean reads as Korean, and is not a copy of the English. */
	snprintf(buf, sizeof(buf), CLASS("4") "%s", CODE404);
	p = strstr(buf, "원인이다.");
	memcpy(p, "Causes...", 9);
	memmove(p + 9, p + 13, strlen(p + 13) + 1);
	expect(buf, "causes.ko: more Latin letters than Hangul");
	snprintf(buf, sizeof(buf), CLASS("4") "%s", CODE404);
	memcpy(strstr(buf, "name.ko: 찾을 수 없음"), "name.ko: Not Found\n"
	    "#", 20);
	expect(buf, "name.ko: fewer than two Hangul syllables");
	/* The spec: an RFC or draft for IANA, the vendor for the others. */
	snprintf(buf, sizeof(buf), CLASS("4") "%s", CODE404);
	memcpy(strstr(buf, "spec: RFC 9110"), "spec: See 9110", 14);
	expect(buf, "spec: a registered code cites an RFC or a draft");
	snprintf(buf, sizeof(buf), CLASS("4") "%s", ACME404);
	memcpy(strstr(buf, "spec: Acme docs"), "spec: RFC 9999", 14);
	expect(buf, "spec: a vendor code cites the vendor, not an RFC");
	/* IANA's codes cite what the registry cites. */
	snprintf(buf, sizeof(buf), CLASS("4") "%s", CODE404);
	memcpy(strstr(buf, "§15.5.5"), "§15.5.6", strlen("§15.5.6"));
	expect(buf, "data/4xx.txt:17: spec: IANA cites RFC 9110 §15.5.5 for "
	    "404");
}
END_TEST

/* No control or format character reaches the table from data/. */
START_TEST(test_control_characters)
{
	char buf[2048];
	static const char *const bad[] = { "\x1b[31m", "\x07",
	    "\xe2\x80\xae", "\xef\xbb\xbf", "\xe2\x81\xa0",
	    "\xe1\xa0\x8e", "\xf3\xa0\x80\x81", "\xc2\x85" };
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		snprintf(buf, sizeof(buf), CLASS("4") "%s", CODE404);
		*strstr(buf, "summary.en: Nothing") = '\0';
		snprintf(buf + strlen(buf), sizeof(buf) - strlen(buf),
		    "summary.en: Nothing%shere.\n%s", bad[i],
		    strstr(CODE404, "summary.ko:"));
		expect(buf, "data/4xx.txt:15: summary.en: control or format "
		    "character U+");
	}
}
END_TEST

/* Lists are split as they are checked: two blanks make no empty item. */
START_TEST(test_lists)
{
	static const char text[] = CLASS("4") CODE404
	    "headers: Retry-After  Allow   Vary\n";
	struct df_db db;
	FILE *err;
	const struct df_record *r;

	r = read_text(&db, &err, text, "data/4xx.txt");
	ck_assert_ptr_nonnull(r);
	ck_assert_ptr_nonnull(r->headers);
	ck_assert_str_eq(r->headers[0], "Retry-After");
	ck_assert_str_eq(r->headers[1], "Allow");
	ck_assert_str_eq(r->headers[2], "Vary");
	ck_assert_ptr_null(r->headers[3]);
	df_free(&db);
	fclose(err);
}
END_TEST

START_TEST(test_summary_width)
{
	char buf[2048];

	/* 37 syllables are 74 columns. */
	snprintf(buf, sizeof(buf), CLASS("4") "%s", CODE404);
	*strstr(buf, "summary.ko:") = '\0';
	strncat(buf, "summary.ko: 가나다라마바사아자차카타파하가나다라마바사"
	    "아자차카타파하가나다라마바사아자\n", sizeof(buf) - strlen(buf) - 1);
	strncat(buf, strstr(CODE404, "spec:"), sizeof(buf) - strlen(buf) - 1);
	expect(buf, "summary.ko: 74 columns wide, more than 72");
}
END_TEST

START_TEST(test_file_name)
{
	struct df_db db;
	FILE *err;
	static const char text[] = CLASS("4");

	(void)read_text(&db, &err, text, "data/codes.txt");
	df_free(&db);
	fclose(err);
	ck_assert_ptr_nonnull(strstr(msgs, "data/codes.txt: file name must "
	    "start with its class"));
}
END_TEST

START_TEST(test_real_data)
{
	/* The files the build uses pass, read from disk as hscgen does,
	 * under the glossary of WRITING.md. */
	static const char *const files[] = { "data/1xx.txt", "data/2xx.txt",
	    "data/3xx.txt", "data/4xx.txt", "data/5xx.txt", "data/other.txt" };
	struct df_db db;
	size_t i;

	df_init(&db, stderr);
	ck_assert_int_eq(df_read_glossary(&db, "data/WRITING.md"), 0);
	ck_assert_uint_ge(db.nterms, 10);
	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++)
		ck_assert_int_eq(df_read(&db, files[i]), 0);
	ck_assert_int_eq(df_finish(&db), 0);
	df_free(&db);
}
END_TEST

Suite *
suite_datafile(void)
{
	Suite *s = suite_create("datafile");
	TCase *tc = tcase_create("Core");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, test_valid);
	tcase_add_test(tc, test_duplicate);
	tcase_add_test(tc, test_missing_field);
	tcase_add_test(tc, test_code_range);
	tcase_add_test(tc, test_class_mismatch);
	tcase_add_test(tc, test_utf8_and_nfc);
	tcase_add_test(tc, test_see_also);
	tcase_add_test(tc, test_other_mistakes);
	tcase_add_test(tc, test_content_rules);
	tcase_add_test(tc, test_control_characters);
	tcase_add_test(tc, test_lists);
	tcase_add_test(tc, test_constant_versions);
	tcase_add_test(tc, test_spring7);
	tcase_add_test(tc, test_constant_parts);
	tcase_add_test(tc, test_glossary);
	tcase_add_test(tc, test_glossary_form);
	tcase_add_test(tc, test_origin_ko);
	tcase_add_test(tc, test_substatus);
	tcase_add_test(tc, test_outside);
	tcase_add_test(tc, test_summary_width);
	tcase_add_test(tc, test_file_name);
	tcase_add_test(tc, test_real_data);
	suite_add_tcase(s, tc);
	return s;
}

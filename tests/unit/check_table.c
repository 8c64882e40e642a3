/*
 * The compiled-in table: what hscgen promises, checked row by row
 * (each row is its own test, reported with its index).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <uninorm.h>
#include <unistr.h>

#include "check_hsc.h"
#include "codes.h"
#include "datafile.h"
#include "ustr.h"

static void
assert_text(const char *s)
{
	uint8_t *nfc;
	size_t len, n;

	ck_assert_ptr_nonnull(s);
	n = strlen(s);
	ck_assert_uint_gt(n, 0);
	ck_assert_msg(ustr_valid(s, n), "invalid UTF-8: %s", s);
	nfc = u8_normalize(UNINORM_NFC, (const uint8_t *)s, n, NULL, &len);
	ck_assert_msg(len == n && memcmp(nfc, s, n) == 0, "not NFC: %s", s);
	free(nfc);
}

/*
 * Whether s reads as Korean: its Hangul syllables take at least as many
 * columns as its Latin letters (header names and directives stay Latin).
 */
static int
mostly_hangul(const char *s)
{
	const uint8_t *u = (const uint8_t *)s;
	ucs4_t c;
	int len, hangul = 0, latin = 0;

	while (*u != '\0') {
		len = u8_mbtouc(&c, u, strlen((const char *)u));
		if (c >= 0xac00 && c <= 0xd7a3)
			hangul += 2;
		else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
			latin++;
		u += len;
	}
	return hangul >= latin;
}

static int
hangul_syllables(const char *s)
{
	const uint8_t *u = (const uint8_t *)s;
	ucs4_t c;
	int len, n = 0;

	while (*u != '\0') {
		len = u8_mbtouc(&c, u, strlen((const char *)u));
		n += c >= 0xac00 && c <= 0xd7a3;
		u += len;
	}
	return n;
}

START_TEST(test_row)
{
	const struct hsc_code *c = &hsc_codes[_i];
	const unsigned short *s;
	size_t n;
	int l;

	ck_assert_int_ge(c->code, 100);
	ck_assert_int_le(c->code, 599);
	if (_i > 0)
		ck_assert_int_le(hsc_codes[_i - 1].code, c->code);
	ck_assert_int_lt(c->kind, KIND_MAX);
	ck_assert_int_eq(c->kind == KIND_UNOFFICIAL,
	    strcmp(c->origin, "IANA") != 0);
	assert_text(c->phrase);
	assert_text(c->name_ko);
	assert_text(c->spec);
	for (l = 0; l < LANG_MAX; l++) {
		assert_text(c->summary[l]);
		assert_text(c->detail[l]);
		ck_assert_int_le(ustr_width(c->summary[l],
		    strlen(c->summary[l])), DF_SUMMARY_MAX);
		ck_assert_int_eq(c->causes[l] == NULL,
		    c->causes[LANG_EN] == NULL);
	}
	ck_assert_str_ne(c->summary[LANG_EN], c->summary[LANG_KO]);
	ck_assert_str_ne(c->detail[LANG_EN], c->detail[LANG_KO]);
	ck_assert_msg(hangul_syllables(c->name_ko) >= 2, "%d name.ko: %s",
	    c->code, c->name_ko);
	ck_assert_msg(mostly_hangul(c->summary[LANG_KO]),
	    "%d summary.ko: %s", c->code, c->summary[LANG_KO]);
	ck_assert_msg(mostly_hangul(c->detail[LANG_KO]), "%d detail.ko",
	    c->code);
	if (c->causes[LANG_KO] != NULL)
		ck_assert_msg(mostly_hangul(c->causes[LANG_KO]),
		    "%d causes.ko", c->code);
	for (s = c->see; *s != 0; s++)
		ck_assert_msg(codes_find(*s, &n) != NULL, "%d: see %d",
		    c->code, *s);
	/* Keys are stored folded: folding them again changes nothing. */
	for (l = 0; l < KEY_MAX; l++) {
		char *f = ustr_fold(c->key[l]);

		ck_assert_str_eq(f, c->key[l]);
		free(f);
	}
}
END_TEST

START_TEST(test_registry)
{
	/* Every code of the IANA registry, plus nginx's. */
	static const int iana[] = { 100, 101, 102, 103, 104, 200, 201,
	    202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304,
	    305, 306, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408,
	    409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423,
	    424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505,
	    506, 507, 508, 510, 511 };
	static const int nginx[] = { 444, 494, 495, 496, 497, 499 };
	const struct hsc_code *c;
	size_t i, j, n;

	for (i = 0; i < sizeof(iana) / sizeof(iana[0]); i++) {
		c = codes_find(iana[i], &n);
		ck_assert_msg(c != NULL, "%d missing", iana[i]);
		ck_assert_str_eq(c->origin, "IANA");
	}
	for (i = 0; i < sizeof(nginx) / sizeof(nginx[0]); i++) {
		c = codes_find(nginx[i], &n);
		ck_assert_msg(c != NULL, "%d missing", nginx[i]);
		for (j = 0; j < n; j++)
			if (strcmp(c[j].origin, "nginx") == 0)
				break;
		ck_assert_msg(j < n, "%d: no nginx meaning", nginx[i]);
	}
	ck_assert_ptr_null(codes_find(299, &n));
	ck_assert_uint_eq(n, 0);
}
END_TEST

START_TEST(test_phrases)
{
	size_t n;

	ck_assert_str_eq(codes_find(413, &n)->phrase, "Content Too Large");
	ck_assert_str_eq(codes_find(413, &n)->aliases[0], "Payload Too Large");
	ck_assert_str_eq(codes_find(422, &n)->phrase, "Unprocessable Content");
	ck_assert_str_eq(codes_find(422, &n)->aliases[0],
	    "Unprocessable Entity");
	ck_assert_int_eq(codes_find(306, &n)->kind, KIND_UNUSED);
	ck_assert_int_eq(codes_find(510, &n)->kind, KIND_DEPRECATED);
	ck_assert_int_eq(codes_find(104, &n)->kind, KIND_EXPERIMENTAL);
	ck_assert_int_eq(codes_find(207, &n)->kind, KIND_WEBDAV);
}
END_TEST

START_TEST(test_several_meanings)
{
	const struct hsc_code *c;
	size_t n;

	c = codes_find(499, &n);
	ck_assert_uint_eq(n, 2);
	ck_assert_str_eq(c[0].origin, "nginx");
	ck_assert_str_eq(c[1].origin, "Esri ArcGIS");
}
END_TEST

START_TEST(test_classes)
{
	static const char *const en[5] = { "Informational", "Successful",
	    "Redirection", "Client Error", "Server Error" };
	int d, l;

	for (d = 1; d <= 5; d++) {
		ck_assert_str_eq(codes_class(d * 100)->name[LANG_EN], en[d - 1]);
		for (l = 0; l < LANG_MAX; l++) {
			assert_text(codes_class(d * 100 + 99)->name[l]);
			assert_text(codes_class(d * 100)->summary[l]);
			assert_text(codes_class(d * 100)->detail[l]);
		}
	}
}
END_TEST

Suite *
suite_table(void)
{
	Suite *s = suite_create("table");
	TCase *tc = tcase_create("Rows");
	TCase *tw = tcase_create("Whole");

	tcase_add_loop_test(tc, test_row, 0, (int)hsc_ncodes);
	tcase_add_test(tw, test_registry);
	tcase_add_test(tw, test_phrases);
	tcase_add_test(tw, test_several_meanings);
	tcase_add_test(tw, test_classes);
	suite_add_tcase(s, tc);
	suite_add_tcase(s, tw);
	return s;
}

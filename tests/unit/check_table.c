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

/*
 * Header fields that may go with a code: the registered ones hsc uses,
 * and the vendor fields of the vendor codes.  A typo is not in it.
 */
static const char *const known_headers[] = {
	"A-IM", "Accept", "Accept-Charset", "Accept-Encoding",
	"Accept-Language", "Accept-Ranges", "Allow", "Authorization",
	"Cache-Control", "CF-Ray", "Connection", "Content-Encoding",
	"Content-Language", "Content-Length", "Content-Location",
	"Content-Range", "Content-Type", "Cookie", "DAV", "Delta-Base",
	"Depth", "Destination", "Early-Data", "ETag", "Expect", "Expires",
	"Host", "If", "If-Match", "If-Modified-Since", "If-None-Match",
	"If-Range", "If-Unmodified-Since", "IM", "Last-Modified", "Link",
	"Location", "Lock-Token", "Ms-Echo-Reply", "Ms-Echo-Request",
	"Overwrite", "Proxy-Authenticate", "Proxy-Authorization", "Range",
	"RateLimit", "RateLimit-Policy", "Retry-After", "Server",
	"Set-Cookie", "Shopify-Storefront-Buyer-IP", "Strict-Transport-Security",
	"TE", "Timeout", "Trailer", "Transfer-Encoding", "Upgrade",
	"Upload-Complete", "Upload-Limit", "Upload-Offset", "Vary", "Via", "WWW-Authenticate",
	"X-CSRF-TOKEN", "X-Forwarded-For", "X-MS-Location", "X-XSRF-TOKEN",
	NULL
};

/* The sentences of a text: ends of sentences followed by a space. */
static int
sentences(const char *s)
{
	int n = 0;

	for (; *s != '\0'; s++)
		if ((*s == '.' || *s == '?' || *s == '!') &&
		    (s[1] == ' ' || s[1] == '\n' || s[1] == '\0'))
			n++;
	return n;
}

START_TEST(test_row)
{
	const struct hsc_code *c = &hsc_codes[_i];
	const unsigned short *s;
	const char *const *h;
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
	ck_assert_str_ne(c->phrase, c->name_ko);
	/* Every error code says what usually causes it, in each language. */
	if (c->code >= 400)
		ck_assert_msg(c->causes[LANG_EN] != NULL, "%d: no causes",
		    c->code);
	if (c->causes[LANG_EN] != NULL)
		ck_assert_str_ne(c->causes[LANG_EN], c->causes[LANG_KO]);
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
	for (s = c->see; *s != 0; s++) {
		ck_assert_msg(codes_find(*s, &n) != NULL, "%d: see %d",
		    c->code, *s);
		ck_assert_msg(*s != c->code, "%d: sees itself", c->code);
	}
	for (h = c->headers; *h != NULL; h++) {
		const char *const *k;

		for (k = known_headers; *k != NULL; k++)
			if (strcmp(*k, *h) == 0)
				break;
		ck_assert_msg(*k != NULL, "%d: unknown header %s", c->code, *h);
	}
	/* A detailed text is a few sentences at least, in each language. */
	for (l = 0; l < LANG_MAX; l++)
		ck_assert_msg(sentences(c->detail[l]) >= 3,
		    "%d: detail in %d sentences", c->code,
		    sentences(c->detail[l]));
	/* Registered codes cite an RFC or draft; vendor codes do not. */
	if (c->kind == KIND_UNOFFICIAL)
		ck_assert_msg(strncmp(c->spec, "RFC ", 4) != 0,
		    "%d: %s", c->code, c->spec);
	else
		ck_assert_msg(strncmp(c->spec, "RFC ", 4) == 0 ||
		    strncmp(c->spec, "draft-", 6) == 0, "%d: %s", c->code,
		    c->spec);
	/* Names are stored folded: folding them again changes nothing. */
	{
		char *f = ustr_fold(c->names);

		ck_assert_str_eq(f, c->names);
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

START_TEST(test_index)
{
	/* Words sorted and distinct, folded, each with valid postings. */
	const struct hsc_word *w;
	size_t i, j, len;
	unsigned int x, prev;

	ck_assert_uint_gt(hsc_nwords, 1000);
	ck_assert_int_eq(hsc_vocab[0], '\n');
	for (i = 0; i < hsc_nwords; i++) {
		w = &hsc_words[i];
		ck_assert_int_eq(hsc_vocab[w->off - 1], '\n');
		len = strcspn(hsc_vocab + w->off, "\n");
		ck_assert_uint_gt(len, 0);
		ck_assert_ptr_null(strchr(HSC_WORD_PUNCT, hsc_vocab[w->off]));
		if (i > 0)
			ck_assert_int_lt(strncmp(hsc_vocab + hsc_words[i - 1].off,
			    hsc_vocab + w->off, len + 1), 0);
		ck_assert_uint_gt(w->count, 0);
		for (j = 0, prev = 0; j < w->count; j++) {
			x = hsc_postings[w->first + j];
			ck_assert_uint_lt(x >> 2, hsc_ncodes);
			ck_assert_uint_lt(x & 3, KEY_MAX);
			if (j > 0)
				ck_assert_uint_gt(x >> 2, prev >> 2);
			prev = x;
		}
	}
}
END_TEST

START_TEST(test_specs)
{
	/* The references of the IANA registry, as hsc must cite them. */
	static const struct {
		int		 code;
		const char	*spec;
	} iana[] = {
		{ 100, "RFC 9110 §15.2.1" }, { 101, "RFC 9110 §15.2.2" },
		{ 102, "RFC 2518 §10.1" }, { 103, "RFC 8297 §2" },
		{ 200, "RFC 9110 §15.3.1" }, { 201, "RFC 9110 §15.3.2" },
		{ 202, "RFC 9110 §15.3.3" }, { 203, "RFC 9110 §15.3.4" },
		{ 204, "RFC 9110 §15.3.5" }, { 205, "RFC 9110 §15.3.6" },
		{ 206, "RFC 9110 §15.3.7" }, { 207, "RFC 4918 §11.1" },
		{ 208, "RFC 5842 §7.1" }, { 226, "RFC 3229 §10.4.1" },
		{ 300, "RFC 9110 §15.4.1" }, { 301, "RFC 9110 §15.4.2" },
		{ 302, "RFC 9110 §15.4.3" }, { 303, "RFC 9110 §15.4.4" },
		{ 304, "RFC 9110 §15.4.5" }, { 305, "RFC 9110 §15.4.6" },
		{ 306, "RFC 9110 §15.4.7" }, { 307, "RFC 9110 §15.4.8" },
		{ 308, "RFC 9110 §15.4.9" }, { 400, "RFC 9110 §15.5.1" },
		{ 401, "RFC 9110 §15.5.2" }, { 402, "RFC 9110 §15.5.3" },
		{ 403, "RFC 9110 §15.5.4" }, { 404, "RFC 9110 §15.5.5" },
		{ 405, "RFC 9110 §15.5.6" }, { 406, "RFC 9110 §15.5.7" },
		{ 407, "RFC 9110 §15.5.8" }, { 408, "RFC 9110 §15.5.9" },
		{ 409, "RFC 9110 §15.5.10" }, { 410, "RFC 9110 §15.5.11" },
		{ 411, "RFC 9110 §15.5.12" }, { 412, "RFC 9110 §15.5.13" },
		{ 413, "RFC 9110 §15.5.14" }, { 414, "RFC 9110 §15.5.15" },
		{ 415, "RFC 9110 §15.5.16" }, { 416, "RFC 9110 §15.5.17" },
		{ 417, "RFC 9110 §15.5.18" }, { 418, "RFC 9110 §15.5.19" },
		{ 421, "RFC 9110 §15.5.20" }, { 422, "RFC 9110 §15.5.21" },
		{ 423, "RFC 4918 §11.3" }, { 424, "RFC 4918 §11.4" },
		{ 425, "RFC 8470 §5.2" }, { 426, "RFC 9110 §15.5.22" },
		{ 428, "RFC 6585 §3" }, { 429, "RFC 6585 §4" },
		{ 431, "RFC 6585 §5" }, { 451, "RFC 7725 §3" },
		{ 500, "RFC 9110 §15.6.1" }, { 501, "RFC 9110 §15.6.2" },
		{ 502, "RFC 9110 §15.6.3" }, { 503, "RFC 9110 §15.6.4" },
		{ 504, "RFC 9110 §15.6.5" }, { 505, "RFC 9110 §15.6.6" },
		{ 506, "RFC 2295 §8.1" }, { 507, "RFC 4918 §11.5" },
		{ 508, "RFC 5842 §7.2" }, { 510, "RFC 2774 §7" },
		{ 511, "RFC 6585 §6" },
	};
	size_t i, n;

	for (i = 0; i < sizeof(iana) / sizeof(iana[0]); i++)
		ck_assert_str_eq(codes_find(iana[i].code, &n)->spec,
		    iana[i].spec);
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
	tcase_add_test(tw, test_specs);
	tcase_add_test(tw, test_index);
	tcase_add_test(tw, test_several_meanings);
	tcase_add_test(tw, test_classes);
	suite_add_tcase(s, tc);
	suite_add_tcase(s, tw);
	return s;
}

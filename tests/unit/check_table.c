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
#include "table.h"
#include "datafile.h"
#include "search.h"
#include "ustr.h"
#include "word.h"

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
 * What hscgen promises of every row: codes in range and in order,
 * kinds known, texts valid NFC, the names stored folded.  (What the
 * data must say is checked by hscgen itself, when it builds.)
 */
START_TEST(test_row)
{
	const struct hsc_code *c = &hsc_codes[_i];
	const hsc_str *p;
	char *f;
	int l;

	/* 100-599, or 000 (no status) and 999 from data/other.txt. */
	ck_assert(codes_listed(c) || c->sub >= 0 ||
	    (c->code == 0 && c->kind == KIND_PSEUDO) ||
	    (c->code == 999 && c->kind == KIND_UNOFFICIAL));
	if (c->sub >= 0) {
		ck_assert_int_ge(c->code, 100);
		ck_assert_int_le(c->code, 599);
		ck_assert_str_eq(hsc_s(c->origin), "Microsoft IIS");
		ck_assert_uint_ne(hsc_lists[c->sources], 0);
	}
	/* In order: by code, a code's meanings before its substatus. */
	if (_i > 0)
		ck_assert(hsc_codes[_i - 1].code < c->code ||
		    (hsc_codes[_i - 1].code == c->code &&
		    hsc_codes[_i - 1].sub <= c->sub));
	ck_assert_int_lt(c->kind, KIND_MAX);
	assert_text(hsc_s(c->phrase));
	assert_text(hsc_s(c->name_ko));
	assert_text(hsc_s(c->spec));
	for (p = &hsc_lists[c->aliases]; *p != 0; p++)
		assert_text(hsc_s(*p));
	for (p = &hsc_lists[c->headers]; *p != 0; p++)
		assert_text(hsc_s(*p));
	for (l = 0; l < LANG_MAX; l++) {
		assert_text(hsc_s(c->summary[l]));
		assert_text(hsc_s(c->detail[l]));
		if (c->causes[l] != 0)
			assert_text(hsc_s(c->causes[l]));
	}
	/* Names are stored folded: folding them again changes nothing. */
	f = ustr_fold(hsc_s(c->names));
	ck_assert_str_eq(f, hsc_s(c->names));
	free(f);
}
END_TEST

/*
 * Every constant finds its code, as an exact name: the names of
 * every library are in the index's name key (hscgen's key_parts).
 */
START_TEST(test_constants_found)
{
	const struct hsc_code *c = &hsc_codes[_i];
	const struct hsc_constant *k;
	struct hit *hits = malloc(hsc_ncodes * sizeof(*hits));
	struct search sr;
	size_t j;
	char *q;
	int i, found;

	ck_assert_ptr_nonnull(hits);
	sr.hits = hits;
	for (i = 0; i < CONST_MAX; i++) {
		if (c->consts[i] == 0)
			continue;
		ck_assert_uint_ne(hsc_consts[c->consts[i]].name, 0);
		for (k = &hsc_consts[c->consts[i]]; k->name != 0; k++) {
			q = ustr_fold(hsc_s(k->name));
			search_run(q, &sr);
			free(sr.fixed);
			for (j = 0, found = 0; j < sr.n; j++)
				if (hits[j].c == c && hits[j].match == KEY_NAME)
					found = 1;
			ck_assert_msg(found, "%d: '%s' does not find it", c->code,
			    hsc_s(k->name));
			free(q);
		}
	}
	free(hits);
}
END_TEST

/* Whether the word at s starts with what the tokenizer strips. */
static int
first_is_punct(const char *s)
{
	ucs4_t c;

	u8_mbtouc(&c, (const uint8_t *)s, strlen(s));
	return word_is_punct(c);
}

START_TEST(test_index)
{
	/*
	 * Two parts, each sorted and distinct: the words of the names and
	 * summaries, ended by a NUL, then the rest; folded, each with valid
	 * postings, the first part's in a name or summary.
	 */
	const struct hsc_word *w;
	size_t i, j, len, at;
	unsigned int x, prev, best;

	ck_assert_uint_gt(hsc_nwords, 1000);
	ck_assert_uint_gt(hsc_nstrong, 100);
	ck_assert_uint_lt(hsc_nstrong, hsc_nwords);
	ck_assert_int_eq(hsc_vocab[0], '\n');
	for (i = 0; i < hsc_nwords; i++) {
		w = &hsc_words[i];
		ck_assert_int_eq(hsc_vocab[w->off - 1],
		    i == hsc_nstrong ? '\0' : '\n');
		len = strcspn(hsc_vocab + w->off, "\n");
		ck_assert_uint_gt(len, 0);
		ck_assert_int_eq(first_is_punct(hsc_vocab + w->off), 0);
		if (i > 0 && i != hsc_nstrong)
			ck_assert_int_lt(strncmp(hsc_vocab + hsc_words[i - 1].off,
			    hsc_vocab + w->off, len + 1), 0);
		for (j = 0, best = KEY_MAX; j < w->count; j++)
			if ((hsc_postings[w->first + j] & 3) < best)
				best = hsc_postings[w->first + j] & 3;
		if (i < hsc_nstrong)
			ck_assert_uint_le(best, KEY_SUMMARY);
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
	/* The typo corrector's index: every first-part word, by length. */
	ck_assert_uint_eq(hsc_lenstart[0], 0);
	for (at = 0; at < hsc_lenstart[WORD_UNITS_MAX + 1]; at++)
		ck_assert_uint_lt(hsc_bylen[at], hsc_nstrong);
}
END_TEST

START_TEST(test_phrases)
{
	size_t n;

	ck_assert_str_eq(hsc_s(codes_find(413, &n)->phrase),
	    "Content Too Large");
	ck_assert_str_eq(hsc_s(hsc_lists[codes_find(413, &n)->aliases]),
	    "Payload Too Large");
	ck_assert_str_eq(hsc_s(codes_find(422, &n)->phrase),
	    "Unprocessable Content");
	ck_assert_str_eq(hsc_s(hsc_lists[codes_find(422, &n)->aliases]),
	    "Unprocessable Entity");
	ck_assert_int_eq(codes_find(306, &n)->kind, KIND_UNUSED);
	ck_assert_int_eq(codes_find(510, &n)->kind, KIND_DEPRECATED);
	ck_assert_int_eq(codes_find(104, &n)->kind, KIND_EXPERIMENTAL);
	ck_assert_int_eq(codes_find(207, &n)->kind, KIND_WEBDAV);
}
END_TEST

/* The registry's date, for --version: YYYY-MM-DD. */
START_TEST(test_registry_date)
{
	size_t i;

	ck_assert_uint_eq(strlen(hsc_registry_date), 10);
	for (i = 0; i < 10; i++)
		if (i == 4 || i == 7)
			ck_assert_int_eq(hsc_registry_date[i], '-');
		else
			ck_assert(hsc_registry_date[i] >= '0' &&
			    hsc_registry_date[i] <= '9');
	ck_assert_int_ge(strcmp(hsc_registry_date, "2025-09-15"), 0);
}
END_TEST

START_TEST(test_several_meanings)
{
	const struct hsc_code *c;
	size_t n;

	c = codes_find(499, &n);
	ck_assert_uint_eq(n, 2);
	ck_assert_str_eq(hsc_s(c[0].origin), "nginx");
	ck_assert_str_eq(hsc_s(c[1].origin), "Esri ArcGIS");
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
	tcase_add_loop_test(tc, test_constants_found, 0, (int)hsc_ncodes);
	tcase_add_test(tw, test_phrases);
	tcase_add_test(tw, test_index);
	tcase_add_test(tw, test_several_meanings);
	tcase_add_test(tw, test_registry_date);
	tcase_add_test(tw, test_classes);
	suite_add_tcase(s, tc);
	suite_add_tcase(s, tw);
	return s;
}

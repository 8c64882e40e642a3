/*
 * Search and ranking mechanics, on the fixture table (tests/data/):
 * how words match (whole, start, inside), where (names, summaries,
 * causes, details), the bonuses, the ties, Korean spacing and
 * particles, typos, and queries that match only in part.
 */
#include <stdlib.h>
#include <string.h>

#include "check_hsc.h"
#include "search.h"
#include "table.h"
#include "ustr.h"

static struct search sr;

static void
setup(void)
{
	sr.hits = calloc(hsc_ncodes, sizeof(*sr.hits));
	sr.fixed = NULL;
}

static void
teardown(void)
{
	free(sr.hits);
	free(sr.fixed);
	sr.fixed = NULL;
}

/* The hits for a query as a user types it; the number of hits. */
static size_t
find(const char *query)
{
	char *f = ustr_fold(query);

	free(sr.fixed);
	search_run(f, &sr);
	free(f);
	return sr.n;
}

/* The hit for code after the last find, or NULL. */
static const struct hit *
hit(int code)
{
	size_t i;

	for (i = 0; i < sr.n; i++)
		if (sr.hits[i].c->code == code)
			return &sr.hits[i];
	return NULL;
}

/* The score of code for query, 0 when it does not match. */
static int
score(const char *query, int code)
{
	const struct hit *h;

	find(query);
	h = hit(code);
	return h != NULL ? h->score : 0;
}

static int
first(const char *query)
{
	return find(query) > 0 ? sr.hits[0].c->code : 0;
}

START_TEST(test_how_words_match)
{
	/* Whole word, then the start of a word, then inside one. */
	int whole = score("teapot", 418), start = score("teapo", 418),
	    inside = score("eapot", 418);

	ck_assert_int_gt(whole, start);
	ck_assert_int_gt(start, inside);
	ck_assert_int_gt(inside, 0);
	/* Too short to match inside a word: two letters, one syllable. */
	ck_assert_int_gt(score("apo", 418), 0);
	ck_assert_int_gt(score("요청", 429), 0);
	ck_assert_int_eq(score("청", 429), 0);
	/* One letter matches whole words only. */
	find("x");
	ck_assert_ptr_null(hit(418));
}
END_TEST

START_TEST(test_where_words_match)
{
	size_t i;
	const struct hit *h;

	/* The names before the summaries, the causes, the details. */
	find("gateway");
	ck_assert_int_eq(sr.hits[0].match, KEY_NAME);
	for (i = 1; i < sr.n; i++)
		ck_assert_int_ge(sr.hits[i].match, sr.hits[i - 1].match >
		    KEY_NAME ? KEY_NAME : sr.hits[i - 1].match);
	ck_assert_int_eq(hit(502)->match, KEY_NAME);
	ck_assert_int_eq(hit(504)->match, KEY_NAME);
	/* client_max_body_size is only in 413's causes and details. */
	ck_assert_int_eq(first("client_max_body_size"), 413);
	find("proxy_read_timeout");
	h = hit(504);
	ck_assert_ptr_nonnull(h);
	ck_assert_int_eq(sr.hits[0].c->code, 504);
	/* A header field name is in the summary key. */
	find("Retry-After");
	ck_assert_ptr_nonnull(hit(429));
	ck_assert_int_le(hit(429)->match, KEY_SUMMARY);
	/* The search-only names count as names. */
	find("throttled");
	ck_assert_int_eq(sr.hits[0].c->code, 429);
	ck_assert_int_eq(sr.hits[0].match, KEY_NAME);
}
END_TEST

START_TEST(test_bonuses)
{
	/* Side by side in a name beats the same words apart. */
	ck_assert_int_gt(score("rate limited", 429),
	    score("limited rate", 429));
	/* A whole name comes first, quotes or case aside. */
	ck_assert_int_eq(first("gateway timeout"), 504);
	ck_assert_int_eq(first("\xe2\x80\x9cGateway Timeout\xe2\x80\x9d"),
	    504);
	ck_assert_int_eq(first("Bad Gateway"), 502);
	ck_assert_int_eq(first("http.StatusGatewayTimeout"), 504);
	ck_assert_int_eq(first("Time-out"), 504);
	/* The phrase beats a name that is only an alias or search name. */
	ck_assert_int_gt(score("too many requests", 429),
	    score("rate limited", 429));
}
END_TEST

START_TEST(test_ties)
{
	/* 502 and 504 both have "gateway" in their names: the commoner
	 * first (data/common.txt), then table order. */
	find("gateway");
	ck_assert_int_eq(hit(502)->score, hit(504)->score);
	ck_assert_int_eq(sr.hits[0].c->code, 502);
	ck_assert_int_eq(sr.hits[1].c->code, 504);
	/* Both meanings of 499 hold "499"'s words: nginx's first. */
	find("client closed request");
	ck_assert_int_eq(sr.hits[0].c->code, 499);
	ck_assert_str_eq(hsc_s(sr.hits[0].c->origin), "nginx");
}
END_TEST

START_TEST(test_korean)
{
	/* Spacing: 시간 초과 as one word, or the name without spaces. */
	ck_assert_int_eq(first("게이트웨이 시간 초과"), 504);
	ck_assert_int_eq(first("게이트웨이 시간초과"), 504);
	ck_assert_int_eq(first("게이트웨이시간초과"), 504);
	ck_assert_ptr_nonnull((find("시간초과"), hit(504)));
	ck_assert_int_ge(score("게이트웨이 시간초과", 504),
	    score("게이트웨이 시간 초과", 504) / 2);
	/* Particles and endings: the stem matches. */
	ck_assert_ptr_nonnull((find("게이트웨이가"), hit(502)));
	ck_assert_ptr_nonnull((find("클라이언트가"), hit(499)));
	ck_assert_int_eq(first("요청이 너무 많음"), 429);
	ck_assert_int_eq(first("요청이 너무 많아요"), 429);

	/* Decomposed jamo are the same text. */
	ck_assert_int_eq(first("\xe1\x84\x80\xe1\x85\xa6\xe1\x84\x8b"
	    "\xe1\x85\xb5\xe1\x84\x90\xe1\x85\xb3\xe1\x84\x8b\xe1\x85\xb0"
	    "\xe1\x84\x8b\xe1\x85\xb5"), 502);
}
END_TEST

START_TEST(test_typos)
{
	/* One edit for four units or more; a transposition is one. */
	ck_assert_int_eq(first("gatway"), 502);
	ck_assert_ptr_nonnull(sr.fixed);
	ck_assert_str_eq(sr.fixed, "gateway");
	ck_assert_int_eq(first("teapto"), 418);
	ck_assert_str_eq(sr.fixed, "teapot");
	/* Two for eight or more, not for fewer. */
	ck_assert_int_eq(first("gateewayy"), 502);
	ck_assert_str_eq(sr.fixed, "gateway");
	ck_assert_uint_eq(find("gtwy"), 0);
	ck_assert_ptr_null(sr.fixed);
	/* No correction when the word is there. */
	find("gateway");
	ck_assert_ptr_null(sr.fixed);
	/* Korean by jamo: 에 and 웨 are one jamo apart. */
	ck_assert_int_eq(first("게이트에이"), 502);
	ck_assert_str_eq(sr.fixed, "게이트웨이");
	/* Only the word that matched nothing is corrected. */
	ck_assert_int_eq(first("gatway timeout"), 504);
	ck_assert_str_eq(sr.fixed, "gateway timeout");
}
END_TEST

START_TEST(test_all_words)
{
	/* Every word must match, when some entry has them all. */
	ck_assert(find("too many requests") >= 1 && hit(429) != NULL);
	ck_assert_int_eq(sr.partial, 0);
	find("teapot coffee");
	ck_assert_ptr_nonnull(hit(418));
	ck_assert_ptr_null(hit(502));
	ck_assert_int_eq(sr.partial, 0);
	/* Else, when every word is somewhere, the entries with most. */
	ck_assert_uint_gt(find("teapot gateway"), 0);
	ck_assert_int_eq(sr.partial, 1);
	ck_assert_ptr_nonnull(hit(502));
	ck_assert_ptr_nonnull(hit(418));
	/* But not when a word is nowhere at all. */
	ck_assert_uint_eq(find("gateway xyzzyplugh"), 0);
	ck_assert_int_eq(sr.partial, 0);
	/* Nothing at all. */
	ck_assert_uint_eq(find("xyzzyplugh"), 0);
	ck_assert_uint_eq(find("  "), 0);
	ck_assert_uint_eq(find(".,;"), 0);
}
END_TEST

Suite *
suite_search(void)
{
	Suite *s = suite_create("search");
	TCase *tc = tcase_create("Core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_how_words_match);
	tcase_add_test(tc, test_where_words_match);
	tcase_add_test(tc, test_bonuses);
	tcase_add_test(tc, test_ties);
	tcase_add_test(tc, test_korean);
	tcase_add_test(tc, test_typos);
	tcase_add_test(tc, test_all_words);
	suite_add_tcase(s, tc);
	return s;
}

/* Search and ranking mechanics, on the fixture table (tests/data/). */
#include <stdlib.h>
#include <string.h>

#include "check_hsc.h"
#include "table.h"
#include "search.h"
#include "ustr.h"

static struct hit *hits;

static void
setup(void)
{
	hits = calloc(hsc_ncodes, sizeof(*hits));
}

static void
teardown(void)
{
	free(hits);
}

/* The hits for a query as a user types it. */
static size_t
find(const char *query)
{
	char *f = ustr_fold(query);
	size_t n = search_run(f, hits);

	free(f);
	return n;
}

static int
has(size_t n, int code)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (hits[i].c->code == code)
			return 1;
	return 0;
}

/* The rank at which a query finds a code, RANK_NONE if it does not. */
static int
rank_of(const char *query, int code)
{
	size_t n = find(query), i;

	for (i = 0; i < n; i++)
		if (hits[i].c->code == code)
			return hits[i].rank;
	return RANK_NONE;
}

START_TEST(test_rank_levels)
{
	ck_assert_int_eq(rank_of("gateway timeout", 504), RANK_EXACT);
	ck_assert_int_eq(rank_of("게이트웨이 시간 초과", 504), RANK_EXACT);
	ck_assert_int_eq(rank_of("http.StatusGatewayTimeout", 504),
	    RANK_EXACT);
	ck_assert_int_eq(rank_of("gateway", 504), RANK_NAME);
	ck_assert_int_eq(rank_of("timeout gateway", 504), RANK_NAME);
	ck_assert_int_eq(rank_of("Time-out", 504), RANK_NAME);	/* alias */
	ck_assert_int_eq(rank_of("upstream", 502), RANK_SUMMARY);
	ck_assert_int_eq(rank_of("bad upstream", 502), RANK_SUMMARY);
	ck_assert_int_eq(rank_of("nginx", 499), RANK_SUMMARY);	/* origin */
	ck_assert_int_eq(rank_of("proxy_read_timeout", 504), RANK_DETAIL);
	ck_assert_int_eq(rank_of("gateway teapot", 504), RANK_NONE);
	ck_assert_uint_eq(find("  "), 0);
	ck_assert_uint_eq(find(".,;"), 0);
	/* Quotes of any kind, or none, are the same search. */
	ck_assert_int_eq(rank_of("\"teapot\"", 418), RANK_NAME);
	ck_assert_int_eq(rank_of("\xe2\x80\x9cteapot\xe2\x80\x9d", 418),
	    RANK_NAME);
	ck_assert_int_eq(rank_of("\xc2\xabteapot\xc2\xbb", 418), RANK_NAME);
	ck_assert_int_eq(rank_of("\xe3\x80\x8c게이트웨이 시간 초과\xe3\x80\x8d",
	    504), RANK_EXACT);
	ck_assert_int_eq(rank_of("\xe2\x80\x9cgateway timeout\xe2\x80\x9d",
	    504), RANK_EXACT);
	/* Punctuation around a word is not part of it. */
	ck_assert_int_eq(rank_of("(teapot).", 418), RANK_NAME);
	/* Inside a word it is: 1.1 is in HTTP/1.1. */
	ck_assert_int_lt(rank_of("1.1", 101), RANK_NONE);
	/* A word may be part of a longer one, in any script. */
	ck_assert_int_lt(rank_of("게이트웨이", 502), RANK_NONE);
	ck_assert_int_lt(rank_of("max_body", 413), RANK_NONE);
}
END_TEST

START_TEST(test_exact_first)
{
	size_t n = find("Not Found");

	ck_assert_uint_ge(n, 1);
	ck_assert_int_eq(hits[0].c->code, 404);
	ck_assert_int_eq(hits[0].rank, RANK_EXACT);
	n = find("gateway timeout");
	ck_assert_int_eq(hits[0].c->code, 504);
}
END_TEST

START_TEST(test_case_and_width)
{
	size_t n = find("TEAPOT");

	ck_assert_uint_ge(n, 1);
	ck_assert_int_eq(hits[0].c->code, 418);
	/* Full-width letters and an ideographic space fold to ASCII. */
	n = find("\xef\xbc\xae\xef\xbd\x8f\xef\xbd\x94\xe3\x80\x80"
	    "\xef\xbc\xa6\xef\xbd\x8f\xef\xbd\x95\xef\xbd\x8e\xef\xbd\x84");
	ck_assert_uint_ge(n, 1);
	ck_assert_int_eq(hits[0].c->code, 404);
}
END_TEST

START_TEST(test_decomposed_hangul)
{
	/* 게이트웨이 as conjoining jamo, as some input methods send it. */
	static const char nfd[] = "\xe1\x84\x80\xe1\x85\xa6\xe1\x84\x8b"
	    "\xe1\x85\xb5\xe1\x84\x90\xe1\x85\xb3\xe1\x84\x8b\xe1\x85\xb0"
	    "\xe1\x84\x8b\xe1\x85\xb5";
	size_t n = find("게이트웨이"), m, i;
	struct hit *first = calloc(hsc_ncodes, sizeof(*first));

	ck_assert_uint_ge(n, 2);
	memcpy(first, hits, n * sizeof(*hits));
	m = find(nfd);
	ck_assert_uint_eq(m, n);
	for (i = 0; i < n; i++)
		ck_assert_ptr_eq(hits[i].c, first[i].c);
	ck_assert(has(n, 502));
	ck_assert(has(n, 504));
	free(first);
}
END_TEST

START_TEST(test_ties_by_code)
{
	size_t n = find("gateway"), i;

	ck_assert(has(n, 502) && has(n, 504));
	for (i = 1; i < n; i++) {
		ck_assert_int_le(hits[i - 1].rank, hits[i].rank);
		if (hits[i - 1].rank == hits[i].rank)
			ck_assert_int_le(hits[i - 1].c->code, hits[i].c->code);
	}
}
END_TEST

START_TEST(test_all_words)
{
	ck_assert_uint_eq(find("teapot xyzzy"), 0);
	ck_assert_uint_eq(find("xyzzy"), 0);
	ck_assert(has(find("too many requests"), 429));
}
END_TEST

START_TEST(test_detail_only)
{
	size_t n = find("client_max_body_size");

	ck_assert(has(n, 413));
	ck_assert_int_eq(hits[0].rank, RANK_DETAIL);
	ck_assert(has(find("Retry-After"), 503));
	ck_assert(has(find("업스트림"), 502));
}
END_TEST

Suite *
suite_search(void)
{
	Suite *s = suite_create("search");
	TCase *tc = tcase_create("Core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_rank_levels);
	tcase_add_test(tc, test_exact_first);
	tcase_add_test(tc, test_case_and_width);
	tcase_add_test(tc, test_decomposed_hangul);
	tcase_add_test(tc, test_ties_by_code);
	tcase_add_test(tc, test_all_words);
	tcase_add_test(tc, test_detail_only);
	suite_add_tcase(s, tc);
	return s;
}

/*
 * The tokenizer (src/common/word.c): what a blank is, what a word is
 * and which characters are stripped from its ends, by Unicode category.
 */
#include <string.h>

#include "check_hsc.h"
#include "word.h"

/* The words of s, joined by '|'. */
static const char *
words(const char *s)
{
	static char buf[256];
	const char *end = s + strlen(s), *w;
	size_t n, len = 0;

	buf[0] = '\0';
	while ((w = word_next(&s, end, &n)) != NULL) {
		if (len > 0)
			buf[len++] = '|';
		memcpy(buf + len, w, n);
		buf[len += n] = '\0';
	}
	return buf;
}

static const char *
trim(const char *s)
{
	static char buf[256];
	size_t n = strlen(s);
	const char *t = word_trim(s, &n);

	memcpy(buf, t, n);
	buf[n] = '\0';
	return buf;
}

START_TEST(test_blanks)
{
	ck_assert(word_is_blank(' '));
	ck_assert(word_is_blank('\t'));
	ck_assert(word_is_blank('\n'));
	ck_assert(word_is_blank('\v'));
	ck_assert(word_is_blank('\f'));
	ck_assert(word_is_blank('\r'));
	ck_assert(word_is_blank(0x3000));	/* ideographic space */
	ck_assert(word_is_blank(0xa0));		/* no-break space */
	ck_assert(word_is_blank(0x2028));	/* line separator */
	ck_assert(!word_is_blank('x'));
	ck_assert(!word_is_blank(0x200b));	/* zero width space: Cf */
	ck_assert_str_eq(trim("404\r"), "404");
	ck_assert_str_eq(trim("\t404\n"), "404");
	ck_assert_str_eq(trim("\xe3\x80\x80" "404\xc2\xa0"), "404");
	ck_assert_str_eq(trim(" \t\r\n"), "");
	ck_assert_str_eq(trim("not found"), "not found");
}
END_TEST

START_TEST(test_words)
{
	ck_assert_str_eq(words("gateway timeout"), "gateway|timeout");
	ck_assert_str_eq(words("  gateway\t\ttimeout\r\n"), "gateway|timeout");
	/* Quotes of every kind are the same search. */
	ck_assert_str_eq(words("\"teapot\""), "teapot");
	ck_assert_str_eq(words("\xe2\x80\x9cteapot\xe2\x80\x9d"), "teapot");
	ck_assert_str_eq(words("\xc2\xabteapot\xc2\xbb"), "teapot");
	ck_assert_str_eq(words("\xe3\x80\x8c게이트웨이\xe3\x80\x8d"),
	    "게이트웨이");
	ck_assert_str_eq(words("(teapot)."), "teapot");
	ck_assert_str_eq(words("<teapot>"), "teapot");
	/* Inside a word, punctuation stays. */
	ck_assert_str_eq(words("HTTP/1.1 max_body"), "HTTP/1.1|max_body");
	ck_assert_str_eq(words("Time-out"), "Time-out");
	/* Nothing but punctuation is no word. */
	ck_assert_str_eq(words(".,; -- \xe2\x80\x9c\xe2\x80\x9d"), "");
	ck_assert_str_eq(words(""), "");
	/* A stray byte is kept, as a letter. */
	ck_assert_str_eq(words("a\xff b"), "a\xff|b");
}
END_TEST

START_TEST(test_code3)
{
	ck_assert_int_eq(word_code3("404", 3), 404);
	ck_assert_int_eq(word_code3("000", 3), 0);
	ck_assert_int_eq(word_code3("40", 2), -1);
	ck_assert_int_eq(word_code3("4x4", 3), -1);
	ck_assert_int_eq(word_code3("4045", 4), -1);
}
END_TEST

Suite *
suite_word(void)
{
	Suite *s = suite_create("word");
	TCase *tc = tcase_create("Core");

	tcase_add_test(tc, test_blanks);
	tcase_add_test(tc, test_words);
	tcase_add_test(tc, test_code3);
	suite_add_tcase(s, tc);
	return s;
}

/* Option parsing: values, errors, and what is left as queries. */
#include <string.h>

#include "check_hsc.h"
#include "table.h"
#include "opts.h"

static struct hsc_opts o;
static char err[256];

#define PARSE(...) parse((char *[]){ "hsc", __VA_ARGS__, NULL })

static int
parse(char **argv)
{
	int argc = 0;

	while (argv[argc] != NULL)
		argc++;
	err[0] = '\0';
	return opts_parse(argc, argv, &o, err, sizeof(err));
}

START_TEST(test_flags)
{
	ck_assert_int_eq(PARSE("-l", "--json", "404", "-a", "x"), 0);
	ck_assert_int_eq(o.longfmt, 1);
	ck_assert_int_eq(o.json, 1);
	ck_assert_int_eq(o.all, 1);
	ck_assert_int_eq(o.search, 0);
	ck_assert_int_eq(o.nargs, 2);	/* options may follow queries */
	ck_assert_str_eq(o.args[0], "404");
	ck_assert_str_eq(o.args[1], "x");
	ck_assert_int_eq(o.lang, -1);
	ck_assert_int_eq(o.width, -1);
	ck_assert_int_eq(o.color, COLOR_AUTO);
	ck_assert_int_eq(PARSE("-s", "--", "-x"), 0);
	ck_assert_int_eq(o.search, 1);
	ck_assert_str_eq(o.args[0], "-x");
}
END_TEST

START_TEST(test_values)
{
	ck_assert_int_eq(PARSE("--lang=ko", "--width=0", "--color"), 0);
	ck_assert_int_eq(o.lang, LANG_KO);
	ck_assert_int_eq(o.width, 0);
	ck_assert_int_eq(o.color, COLOR_ALWAYS);
	ck_assert_int_eq(PARSE("--lang", "en", "-w", "72", "--color=never"), 0);
	ck_assert_int_eq(o.lang, LANG_EN);
	ck_assert_int_eq(o.width, 72);
	ck_assert_int_eq(o.color, COLOR_NEVER);
	ck_assert_int_eq(PARSE("--colour=auto"), 0);
	ck_assert_int_eq(o.color, COLOR_AUTO);
}
END_TEST

START_TEST(test_errors)
{
	ck_assert_int_eq(PARSE("--bogus"), 2);
	ck_assert_str_eq(err, "unknown option '--bogus'");
	ck_assert_int_eq(PARSE("-Z"), 2);
	ck_assert_str_eq(err, "unknown option '-Z'");
	/* --lang takes what HSC_LANG takes. */
	ck_assert_int_eq(PARSE("--lang=ko_KR.UTF-8"), 0);
	ck_assert_int_eq(o.lang, LANG_KO);
	ck_assert_int_eq(PARSE("--lang=kok_IN"), 2);
	ck_assert_int_eq(PARSE("--lang=fr"), 2);
	ck_assert_str_eq(err, "invalid --lang 'fr' (use ko or en)");
	ck_assert_int_eq(PARSE("--width=wide"), 2);
	ck_assert_int_eq(PARSE("--width=-3"), 2);
	ck_assert_int_eq(PARSE("--width=99999"), 2);
	ck_assert_int_eq(PARSE("--color=pink"), 2);
	ck_assert_int_eq(PARSE("--width"), 2);
	ck_assert_str_eq(err, "option requires an argument: '--width'");
	ck_assert_int_eq(PARSE("--list-codes=x"), 2);
	ck_assert_str_eq(err, "option takes no argument: '--list-codes=x'");
	ck_assert_int_eq(PARSE("--json=1"), 2);
	ck_assert_str_eq(err, "option takes no argument: '--json=1'");
	ck_assert_int_eq(PARSE("--bogus=1"), 2);
	ck_assert_str_eq(err, "unknown option '--bogus=1'");
	/* The user's bytes come back escaped. */
	ck_assert_int_eq(PARSE("--\033]0;x\007"), 2);
	ck_assert_str_eq(err, "unknown option '--\\e]0;x\\x07'");
}
END_TEST

START_TEST(test_lang_names)
{
	ck_assert_int_eq(hsc_lang_parse("ko"), LANG_KO);
	ck_assert_int_eq(hsc_lang_parse("ko_KR"), LANG_KO);
	ck_assert_int_eq(hsc_lang_parse("ko_KR.UTF-8"), LANG_KO);
	ck_assert_int_eq(hsc_lang_parse("ko_KR.EUC-KR"), LANG_KO);
	ck_assert_int_eq(hsc_lang_parse("ko@euro"), LANG_KO);
	ck_assert_int_eq(hsc_lang_parse("ko-KR"), LANG_KO);
	/* Konkani is not Korean, nor is anything else starting with ko. */
	ck_assert_int_eq(hsc_lang_parse("kok_IN"), -1);
	ck_assert_int_eq(hsc_lang_parse("kok_IN.UTF-8"), -1);
	ck_assert_int_eq(hsc_lang_parse("korean"), -1);
	ck_assert_int_eq(hsc_lang_parse("en_US"), LANG_EN);
	ck_assert_int_eq(hsc_lang_parse("en"), LANG_EN);
	ck_assert_int_eq(hsc_lang_parse("C"), LANG_EN);
	ck_assert_int_eq(hsc_lang_parse("C.UTF-8"), LANG_EN);
	ck_assert_int_eq(hsc_lang_parse("POSIX"), LANG_EN);
	ck_assert_int_eq(hsc_lang_parse("klingon"), -1);
	ck_assert_int_eq(hsc_lang_parse(""), -1);
	ck_assert_int_eq(opts_width("80"), 80);
	ck_assert_int_eq(opts_width("80x"), -1);
	ck_assert_int_eq(opts_width(""), -1);
}
END_TEST

Suite *
suite_opts(void)
{
	Suite *s = suite_create("opts");
	TCase *tc = tcase_create("Core");

	tcase_add_test(tc, test_flags);
	tcase_add_test(tc, test_values);
	tcase_add_test(tc, test_errors);
	tcase_add_test(tc, test_lang_names);
	suite_add_tcase(s, tc);
	return s;
}

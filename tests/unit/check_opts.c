/* Option parsing: values, errors, and what is left as queries. */
#include <string.h>

#include "check_hsc.h"
#include "defs.h"
#include "msg.h"
#include "table.h"
#include "opts.h"

static struct hsc_opts o;
static struct hsc_error e;
static char err[512];

#define PARSE(...) parse((char *[]){ "hsc", __VA_ARGS__, NULL })

static int
parse(char **argv)
{
	int argc = 0, r;

	while (argv[argc] != NULL)
		argc++;
	err[0] = '\0';
	if ((r = opts_parse(argc, argv, &o, &e)) != 0)
		msg_render(err, sizeof(err), LANG_EN, e.id, e.arg, e.arg2);
	return r;
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
	ck_assert_int_eq(o.no_pager, 0);
	ck_assert_int_eq(PARSE("--no-pager", "404"), 0);
	ck_assert_int_eq(o.no_pager, 1);
	/* The narrowest width hsc lays out, and the widest it takes. */
	ck_assert_int_eq(PARSE("-w", "20"), 0);
	ck_assert_int_eq(o.width, WIDTH_MIN);
	ck_assert_int_eq(PARSE("-w", "10000"), 0);
	ck_assert_int_eq(o.width, WIDTH_MAX);
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
	ck_assert_int_eq(e.id, D_BAD_LANG);
	ck_assert_str_eq(err, "invalid --lang 'fr' (use ko or en)");
	ck_assert_int_eq(PARSE("--width=wide"), 2);
	ck_assert_int_eq(PARSE("--width=-3"), 2);
	ck_assert_int_eq(PARSE("--width=99999"), 2);
	ck_assert_int_eq(PARSE("--width=10001"), 2);
	/* Under 20 columns, hsc does not pretend: a usage error. */
	ck_assert_int_eq(PARSE("-w", "19"), 2);
	ck_assert_int_eq(e.id, D_BAD_WIDTH);
	ck_assert_str_eq(err, "invalid width '19' (use 0, or 20 to 10000)");
	ck_assert_int_eq(PARSE("-w1"), 2);
	ck_assert_int_eq(PARSE("--no-pager=yes"), 2);
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

/* Options that forgive: what the user meant, or what to type instead. */
START_TEST(test_forgiving)
{
	/* "--color never" is --color=never, wherever it stands. */
	ck_assert_int_eq(PARSE("--color", "never", "404"), 0);
	ck_assert_int_eq(o.color, COLOR_NEVER);
	ck_assert_int_eq(o.nargs, 1);
	ck_assert_str_eq(o.args[0], "404");
	ck_assert_int_eq(PARSE("404", "--colour", "always", "500"), 0);
	ck_assert_int_eq(o.color, COLOR_ALWAYS);
	ck_assert_int_eq(o.nargs, 2);
	ck_assert_str_eq(o.args[0], "404");
	ck_assert_str_eq(o.args[1], "500");
	ck_assert_int_eq(PARSE("--color", "auto"), 0);
	ck_assert_int_eq(o.color, COLOR_AUTO);
	ck_assert_int_eq(o.nargs, 0);
	/* Other words stay queries; the bare option is always. */
	ck_assert_int_eq(PARSE("--color", "teapot"), 0);
	ck_assert_int_eq(o.color, COLOR_ALWAYS);
	ck_assert_int_eq(o.nargs, 1);
	ck_assert_int_eq(PARSE("--no-color"), 0);
	ck_assert_int_eq(o.color, COLOR_NEVER);
	ck_assert_int_eq(PARSE("--color=always", "--no-colour"), 0);
	ck_assert_int_eq(o.color, COLOR_NEVER);
	ck_assert_int_eq(PARSE("-A", "--annotate"), 0);
	ck_assert_int_eq(o.annotate, 1);
	/* Prefixes: one option, or the candidates. */
	ck_assert_int_eq(PARSE("--ann"), 0);
	ck_assert_int_eq(o.annotate, 1);
	ck_assert_int_eq(PARSE("--col=never"), 0);
	ck_assert_int_eq(o.color, COLOR_NEVER);
	ck_assert_int_eq(PARSE("--l"), 2);
	ck_assert_int_eq(e.id, D_OPT_AMBIGUOUS);
	ck_assert_str_eq(err,
	    "option '--l' is ambiguous: --lang, --list-codes, --long");
	ck_assert_int_eq(PARSE("--co"), 2);
	ck_assert_str_eq(err, "option '--co' is ambiguous: --color, --count");
	ck_assert_int_eq(PARSE("--lo=1"), 2);
	ck_assert_str_eq(err, "option takes no argument: '--lo=1'");
	/* The nearest option, by edit distance. */
	ck_assert_int_eq(PARSE("--jsn"), 2);
	ck_assert_str_eq(err, "unknown option '--jsn'; did you mean --json?");
	ck_assert_int_eq(PARSE("--lnag=ko"), 2);
	ck_assert_str_eq(err,
	    "unknown option '--lnag=ko'; did you mean --lang?");
	ck_assert_int_eq(PARSE("--widht", "80"), 2);
	ck_assert_str_eq(err,
	    "unknown option '--widht'; did you mean --width?");
	ck_assert_int_eq(PARSE("--frobnicate"), 2);
	ck_assert_str_eq(err, "unknown option '--frobnicate'");
	/* A long option with one dash. */
	ck_assert_int_eq(PARSE("-lang=ko", "404"), 2);
	ck_assert_int_eq(e.id, D_OPT_ONE_DASH);
	ck_assert_str_eq(err, "unknown option '-lang=ko': a long option takes "
	    "two dashes, as in --lang=ko");
	ck_assert_int_eq(PARSE("-json"), 2);
	ck_assert_str_eq(err, "unknown option '-json': a long option takes "
	    "two dashes, as in --json");
	ck_assert_int_eq(PARSE("-width=72"), 2);
	ck_assert_str_eq(err, "unknown option '-width=72': a long option "
	    "takes two dashes, as in --width=72");
	/* Clusters of short options are still clusters. */
	ck_assert_int_eq(PARSE("-lj", "404"), 0);
	ck_assert_int_eq(PARSE("-lZ"), 2);
	ck_assert_str_eq(err, "unknown option '-Z'");
}
END_TEST

/* Every diagnostic exists in every language, with the same arguments. */
START_TEST(test_diagnostics)
{
	const char *p;
	int d, l, n[LANG_MAX];

	for (d = 0; d < D_MAX; d++) {
		for (l = 0; l < LANG_MAX; l++) {
			ck_assert_ptr_nonnull(msg_diag(d, l));
			ck_assert_uint_gt(strlen(msg_diag(d, l)), 0);
			n[l] = 0;
			for (p = msg_diag(d, l); (p = strchr(p, '%')) != NULL;
			    p += 2) {
				ck_assert_int_eq(p[1], 's');
				n[l]++;
			}
		}
		for (l = 1; l < LANG_MAX; l++)
			ck_assert_int_eq(n[l], n[0]);
		if (d != D_FILE)
			ck_assert_str_ne(msg_diag(d, LANG_EN),
			    msg_diag(d, LANG_KO));
	}
	msg_render(err, sizeof(err), LANG_KO, D_BAD_CODE, "999");
	ck_assert_str_eq(err, "999: HTTP 상태 코드가 아니다 (100-599)");
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
	tcase_add_test(tc, test_forgiving);
	tcase_add_test(tc, test_diagnostics);
	tcase_add_test(tc, test_lang_names);
	suite_add_tcase(s, tc);
	return s;
}

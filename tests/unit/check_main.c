/*
 * The unit tests on the real table: one Check suite per module (the
 * search suite runs on the fixture table, from check_fixture.c).  CK_RUN_SUITE and
 * CK_RUN_CASE narrow the run; CK_FORK=no runs it in one process.
 */
#include <locale.h>
#include <stdlib.h>

#include "check_hsc.h"

int
main(void)
{
	SRunner *sr;
	int failed;

	setlocale(LC_ALL, "C.UTF-8");
	sr = srunner_create(suite_query());
	srunner_add_suite(sr, suite_word());
	srunner_add_suite(sr, suite_ustr());
	srunner_add_suite(sr, suite_json());
	srunner_add_suite(sr, suite_table());
	srunner_add_suite(sr, suite_datafile());
	srunner_add_suite(sr, suite_opts());
	srunner_add_suite(sr, suite_count());
	srunner_add_suite(sr, suite_logfmt());
	srunner_add_suite(sr, suite_input());
	srunner_add_suite(sr, suite_annotate());
	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

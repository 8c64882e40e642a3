/*
 * The unit tests that run on the fixture table (tests/data/): search
 * and ranking mechanics, whose answers must not move when a sentence
 * of data/ is edited.
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
	sr = srunner_create(suite_search());
	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

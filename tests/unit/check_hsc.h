/* The suites of the unit tests, one per module. */
#ifndef CHECK_HSC_H
#define CHECK_HSC_H

#include <check.h>

Suite	*suite_query(void);
Suite	*suite_search(void);
Suite	*suite_ustr(void);
Suite	*suite_json(void);
Suite	*suite_table(void);
Suite	*suite_datafile(void);
Suite	*suite_opts(void);
Suite	*suite_count(void);
Suite	*suite_logfmt(void);
Suite	*suite_word(void);
Suite	*suite_input(void);
Suite	*suite_annotate(void);

#endif

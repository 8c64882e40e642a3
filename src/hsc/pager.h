/*
 * Showing the output through a pager.
 */
#ifndef HSC_PAGER_H
#define HSC_PAGER_H

#include <stddef.h>

int	pager_run(const char *, const char *, size_t);

#endif

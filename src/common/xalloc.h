/*
 * Allocation that cannot fail, and the fatal error that ends the
 * program, for hsc and hscgen alike (as mandoc_aux.c is for mandoc).
 * Messages start with the program's name, which main sets.
 */
#ifndef HSC_XALLOC_H
#define HSC_XALLOC_H

#include <stddef.h>

extern const char	*xprogname;

void	 xfatal(const char *, ...)
	    __attribute__((format(printf, 1, 2), noreturn));
void	 xwarn(const char *, ...) __attribute__((format(printf, 1, 2)));
void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);

#endif

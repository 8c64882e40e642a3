/*
 * Allocation wrappers and fatal errors.  Out of memory, the program
 * says so in one line and exits with status 2, the status of every
 * error that is not the user's query finding nothing.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

const char *xprogname = "hsc";

static void	 vmsg(const char *, va_list)
		    __attribute__((format(printf, 1, 0)));

static void
vmsg(const char *fmt, va_list ap)
{
	fprintf(stderr, "%s: ", xprogname);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

/* Writes "prog: message" and exits with status 2. */
void
xfatal(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(fmt, ap);
	va_end(ap);
	exit(2);
}

/* Writes "prog: message". */
void
xwarn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(fmt, ap);
	va_end(ap);
}

void *
xmalloc(size_t n)
{
	void *p;

	if ((p = malloc(n == 0 ? 1 : n)) == NULL)
		xfatal("%s", strerror(ENOMEM));
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p;

	if ((p = calloc(n == 0 ? 1 : n, size == 0 ? 1 : size)) == NULL)
		xfatal("%s", strerror(ENOMEM));
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	if ((p = realloc(p, n == 0 ? 1 : n)) == NULL)
		xfatal("%s", strerror(ENOMEM));
	return p;
}

/* realloc for n elements of size bytes, the product checked. */
void *
xreallocarray(void *p, size_t n, size_t size)
{
	if (size != 0 && n > SIZE_MAX / size)
		xfatal("%s", strerror(ENOMEM));
	return xrealloc(p, n * size);
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

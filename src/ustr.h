/*
 * A thin layer over GNU libunistring: the Unicode work hsc does on
 * UTF-8 strings (width, line breaks, normalisation, case folding) and
 * the escaping of untrusted text for diagnostics.
 */
#ifndef HSC_USTR_H
#define HSC_USTR_H

#include <stddef.h>

void	 ustr_set_encoding(const char *);
int	 ustr_width(const char *, size_t);
int	 ustr_valid(const char *, size_t);
char	*ustr_nfkc(const char *);
char	*ustr_fold(const char *);
void	 ustr_breaks(const char *, size_t, int, int, char *);
char	*ustr_escape(const char *, size_t, size_t);
void	*xmalloc(size_t);
void	*xrealloc(void *, size_t);
char	*xstrdup(const char *);

#endif

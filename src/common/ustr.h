/*
 * A thin layer over GNU libunistring: the Unicode work hsc and hscgen
 * do on UTF-8 strings (width, line breaks, normalisation, the search
 * form), the escaping of untrusted text for diagnostics, and writing
 * in the terminal's encoding.
 */
#ifndef HSC_USTR_H
#define HSC_USTR_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

int	 ustr_width(const char *, size_t, const char *);
int	 ustr_valid(const char *, size_t);
char	*ustr_nfkc(const char *);
char	*ustr_fold(const char *);
char	*ustr_foldn(const char *, size_t, size_t *);
void	 ustr_breaks(const char *, size_t, int, int, const char *, char *);
int	 ustr_widest(const char *, size_t, const char *);
int	 ustr_unsafe(uint32_t);
char	*ustr_escape(const char *, size_t, size_t);
void	 ustr_fwrite(FILE *, const char *, size_t, const char *);

#endif

/*
 * libFuzzer target: the environment hsc reads (term.c, hsc_lang_parse,
 * opts_width).
 *
 * The first input byte says which of the variables below are set (bit
 * i for variable i; a clear bit means unset); the rest, split at NUL
 * bytes, gives their values in that order (a missing part is the empty
 * string, which term.c treats as unset).  Then term_lang(-1),
 * term_width(-1), term_color(COLOR_AUTO), and the parsers they use,
 * hsc_lang_parse and opts_width, on each value.
 *
 * term_lang warns with xwarn on a bad HSC_LANG.  Rather than pointing
 * file descriptor 2 at /dev/null, which would also silence libFuzzer's
 * statistics and the sanitizers' reports, LLVMFuzzerInitialize points
 * glibc's stdio stream `stderr`, which xwarn writes to, at /dev/null:
 * libFuzzer captured the original stream at start-up and the sanitizers
 * write to the descriptor, so both still report.
 *
 * The values are set with putenv(3) on static buffers, rewritten in
 * place, rather than with setenv(3): glibc's setenv keeps every distinct
 * string it was ever given (an old getenv pointer may still be in use),
 * so with it the RSS never stopped climbing (+66 MB in the last 30 of
 * 40 seconds, where the putenv version stays flat), and a long run would
 * end on libFuzzer's RSS limit; putenv is also a third faster.  What
 * term.c sees is the same.
 *
 * Build and run: tests/fuzz/run.sh fuzz_env 60 (see tests/fuzz/README.md).
 */
/* putenv(3) is XSI. */
#define _XOPEN_SOURCE 700

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "table.h"
#include "opts.h"
#include "term.h"
#include "fuzz.h"

static const char *const vars[8] = {
	"HSC_LANG", "LC_ALL", "LANG", "COLUMNS", "NO_COLOR", "TERM",
	"LC_MESSAGES", "LANGUAGE"
};

/* "NAME=value" for each variable, big enough for any input. */
#define ENV_MAX	(1 << 17)
static char	 envbuf[8][ENV_MAX];

/* Sets variable k to the first ENV_MAX - 32 bytes of v. */
static void
set(int k, const char *v)
{
	size_t n = strlen(vars[k]), len = strnlen(v, ENV_MAX - 32);

	memcpy(envbuf[k], vars[k], n);
	envbuf[k][n] = '=';
	memcpy(envbuf[k] + n + 1, v, len);
	envbuf[k][n + 1 + len] = '\0';
	CHECK(putenv(envbuf[k]) == 0);
	CHECK(strcmp(getenv(vars[k]), envbuf[k] + n + 1) == 0);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	FILE *devnull;

	(void)argc;
	(void)argv;
	if ((devnull = fopen("/dev/null", "w")) == NULL)
		abort();
	stderr = devnull;
	for (size_t i = 0; i < sizeof(vars) / sizeof(vars[0]); i++)
		unsetenv(vars[i]);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf, *val[8];
	size_t i, n, start;
	int k, l, w, c;

	if (size == 0)
		return 0;
	n = size - 1;
	buf = malloc(n + 1);
	memcpy(buf, data + 1, n);
	buf[n] = '\0';
	for (k = 0; k < 8; k++)
		val[k] = buf + n;	/* "" */
	for (i = 0, start = 0, k = 0; i <= n && k < 8; i++)
		if (i == n || buf[i] == '\0') {
			buf[i] = '\0';
			val[k++] = buf + start;
			start = i + 1;
		}
	for (k = 0; k < 8; k++) {
		if (data[0] & (1u << k))
			set(k, val[k]);
		else
			CHECK(unsetenv(vars[k]) == 0);
		l = hsc_lang_parse(val[k]);
		CHECK(l >= -1 && l < LANG_MAX);
		w = opts_width(val[k]);
		CHECK(w >= -1 && w <= 10000);
	}

	l = term_lang(-1);
	CHECK(l == LANG_EN || l == LANG_KO);
	w = term_width(-1);
	/* No width, or one that hsc lays out: never under the narrowest. */
	CHECK(w == 0 || (w >= WIDTH_MIN && w <= WIDTH_MAX));
	c = term_color(COLOR_AUTO);
	CHECK(c == 0 || c == 1);
	/* Given values win over the environment. */
	CHECK(term_lang(LANG_KO) == LANG_KO && term_width(0) == 0);
	CHECK(term_color(COLOR_NEVER) == 0 && term_color(COLOR_ALWAYS) == 1);
	free(buf);
	return 0;
}

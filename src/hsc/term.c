/*
 * Decisions that depend on the environment and the terminal.
 */
#include <sys/ioctl.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <unistring/localcharset.h>

#include "defs.h"
#include "msg.h"
#include "opts.h"
#include "term.h"
#include "ustr.h"
#include "xalloc.h"

static const char *
env(const char *name)
{
	const char *s = getenv(name);

	return s != NULL && *s != '\0' ? s : NULL;
}

/*
 * The language: --lang, else HSC_LANG, else the locale variables in
 * POSIX order (LC_ALL, LC_MESSAGES, LANG), each named as
 * hsc_lang_parse reads names; a locale of another language is English.
 * The variables are read as they are, not through setlocale, so that
 * ko_KR.UTF-8 means Korean even where that locale is not installed.
 */
int
term_lang(int given)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	const char *s, *bad = NULL;
	char *e;
	size_t i;
	int l = LANG_EN;

	if (given >= 0)
		return given;
	if ((s = env("HSC_LANG")) != NULL) {
		if ((l = hsc_lang_parse(s)) >= 0)
			return l;
		bad = s;
	}
	for (i = 0, l = LANG_EN; i < sizeof(vars) / sizeof(vars[0]); i++)
		if ((s = env(vars[i])) != NULL) {
			if ((l = hsc_lang_parse(s)) < 0)
				l = LANG_EN;
			break;
		}
	if (bad != NULL) {
		/* Said in the language of the locale, which wins. */
		e = ustr_escape(bad, strlen(bad), 40);
		msg_setup(l, term_conv());
		msg_warn(D_BAD_HSC_LANG, e);
		free(e);
	}
	return l;
}

/* Whether stdout is a terminal, asked once. */
static int
out_tty(void)
{
	static int tty = -1;

	if (tty < 0)
		tty = isatty(STDOUT_FILENO);
	return tty;
}

/*
 * The terminal's size, when stdout is a terminal that knows it:
 * returns 0 and fills *rows (0 when it does not say) and *cols.
 */
int
term_size(int *rows, int *cols)
{
	struct winsize ws;

	if (!out_tty() || ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0 ||
	    ws.ws_col == 0)
		return -1;
	*rows = ws.ws_row;
	*cols = ws.ws_col;
	return 0;
}

/*
 * The width to wrap at: --width, else COLUMNS, else the terminal's
 * width when stdout is one; else 0, no wrapping, one paragraph per
 * line for grep.  COLUMNS that is not a positive number is ignored; a
 * terminal or COLUMNS narrower than WIDTH_MIN gets WIDTH_MIN (--width
 * refuses it), the narrowest that hsc lays out.
 */
int
term_width(int given)
{
	const char *s;
	int w, rows;

	if (given >= 0)
		return given;
	if ((s = env("COLUMNS")) == NULL || (w = opts_width(s)) <= 0)
		if (term_size(&rows, &w) != 0)
			return 0;
	return w < WIDTH_MIN ? WIDTH_MIN : w > WIDTH_MAX ? WIDTH_MAX : w;
}

/*
 * The pager to page stdout through, as git chooses its own: none
 * unless stdout is a terminal; else HSC_PAGER, else PAGER, else less.
 * Set and empty, or "cat", either means no pager.
 */
const char *
term_pager(void)
{
	const char *s;

	if (!out_tty())
		return NULL;
	if ((s = getenv("HSC_PAGER")) == NULL && (s = getenv("PAGER")) == NULL)
		s = "less";
	s += strspn(s, " \t");
	if (*s == '\0' || strcmp(s, "cat") == 0)
		return NULL;
	return s;
}

/*
 * Colour: always, never, or in auto mode when stdout is a terminal,
 * NO_COLOR is unset or empty, and TERM is set and not "dumb".
 */
int
term_color(int when)
{
	const char *t;

	if (when != COLOR_AUTO)
		return when == COLOR_ALWAYS;
	if (!out_tty() || env("NO_COLOR") != NULL)
		return 0;
	t = env("TERM");
	return t != NULL && strcmp(t, "dumb") != 0;
}

/*
 * The encoding to convert text output to, or NULL for UTF-8 as it is:
 * under UTF-8 and under plain ASCII (C, POSIX, or a locale that is not
 * installed) hsc writes UTF-8.  Call after setlocale.
 */
const char *
term_conv(void)
{
	const char *cs = locale_charset();

	if (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "ASCII") == 0 ||
	    strcmp(cs, "ANSI_X3.4-1968") == 0 || *cs == '\0')
		return NULL;
	return cs;
}

/*
 * How many threads --count and --annotate may use on a large file:
 * HSC_THREADS (1 to 64; it also makes small files be cut, for the
 * tests), or 0: one per processor, for files large enough.
 */
int
term_threads(void)
{
	const char *s = env("HSC_THREADS");
	char *end;
	long v;

	if (s == NULL)
		return 0;
	v = strtol(s, &end, 10);
	return *end == '\0' && v >= 1 && v <= 64 ? (int)v : 0;
}

/*
 * hsc --annotate.  Every input byte is copied unchanged; a line in
 * which hsc recognises a status (a status line of curl -i, -v, -sI,
 * wget -S or a raw response, the status field of an access log line in
 * a format --count knows, a bare code) gets one annotation, inserted
 * at its end, before its CR LF or LF:
 *
 *	TAB "# " CODE " " NAME
 *
 * NAME is the code's name as hsc lists it (in the chosen language, the
 * meanings of a number joined by " / ", "(unassigned)" for a number of
 * 100-599 no one assigned), written in the locale's encoding; it holds
 * no tab, CR or LF.  On a terminal the annotation is coloured.
 *
 * The input is read with read(2) in large blocks, and the output
 * gathered in a block of its own (writev with two pieces a line costs
 * the kernel more than copying them) and written with write(2); what
 * was read is written out before the next read, so a line that arrives
 * alone (tail -f) leaves at once, and a file goes through in few
 * system calls.  A line longer than max_line passes through
 * unannotated, so memory stays bounded whatever the input.
 */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <uniconv.h>

#include "annotate.h"
#include "input.h"
#include "logfmt.h"
#include "msg.h"
#include "out.h"
#include "table.h"
#include "xalloc.h"

#define BLOCK		(256 * 1024)
#define MAX_LINE	(64 * 1024 * 1024)

static int		 find(struct logstate *, const char *, size_t);
static const char	*label(struct annot *, int, size_t *);
static int		 put(struct annot *, const char *, size_t);
static int		 flush(struct annot *);
static int		 write_all(struct annot *, const char *, size_t);
static int		 process(struct annot *, int);
static int		 make_room(struct annot *);

/*
 * The status in the line s[0..n-1] (no LF, n > 0): a status line's
 * code, else the status logfmt.c reads in the line as --count does
 * (every log format it knows, --field, 000 for no response) with the
 * state ls of its stream; -1 when none.
 */
static inline int
find(struct logstate *ls, const char *s, size_t n)
{
	struct status_line sl;
	struct logrec r;
	int c = (unsigned char)s[0];

	if (input_status_first(c) && input_status_line(s, n, &sl) == 0)
		return sl.code;
	if ((c = logfmt_quick(ls, s, n)) >= 0)
		return c;
	logfmt_parse(ls, s, n, &r);
	return r.status;
}

/*
 * The status in the line s[0..n-1] (no LF), or -1; *at is where its
 * annotation goes: before a final CR, else at the end.  The line is
 * read alone, as the first of a stream.
 */
int
annot_find(const char *s, size_t n, int field, size_t *at)
{
	struct logopts lo;
	struct logstate ls;
	int code;

	memset(&lo, 0, sizeof(lo));
	lo.field = field;
	logstate_init(&ls, &lo);
	if (n == 0 || (code = find(&ls, s, n)) < 0)
		return -1;
	*at = s[n - 1] == '\r' ? n - 1 : n;
	return code;
}

void
annot_init(struct annot *a, struct out *o, int field, int fd)
{
	memset(a, 0, sizeof(*a));
	a->o = o;
	a->fd = fd;
	a->max_line = MAX_LINE;
	a->cap = BLOCK;
	a->buf = xmalloc(a->cap);
	a->ocap = BLOCK;
	a->obuf = xmalloc(a->ocap);
	a->lo.field = field;
	logstate_init(&a->ls, &a->lo);
}

void
annot_free(struct annot *a)
{
	int i;

	for (i = 0; i < 1000; i++)
		free(a->label[i]);
	free(a->buf);
	free(a->obuf);
}

/*
 * The annotation of code, made the first time it is needed; NULL for
 * a number that is neither in the table nor in 100-599.
 */
static const char *
label(struct annot *a, int code, size_t *len)
{
	struct result r;
	const struct hsc_code *c;
	char buf[256], *s, *conv;
	const char *name;
	size_t n, i, cap, l;
	int col;

	if (a->known[code] != 0) {
		*len = a->label_len[code];
		return a->known[code] == 2 ? a->label[code] : NULL;
	}
	a->known[code] = 1;
	c = codes_find(code, &n);
	if (c == NULL && (code < 100 || code > 599))
		return NULL;
	cap = 64 + 256 * (n + 1);
	s = xmalloc(cap);
	col = a->o->color;
	l = (size_t)snprintf(s, cap, "\t%s%s%s# %03d ", col ? "\033[" : "",
	    col ? text_sgr(code) : "", col ? "m" : "", code);
	for (i = 0; i == 0 || i < n; i++) {
		r.c = c != NULL ? &c[i] : NULL;
		r.code = code;
		name = text_label(&r, a->o->lang, buf, sizeof(buf));
		l += (size_t)snprintf(s + l, cap - l, "%s%s", i ? " / " : "",
		    name);
	}
	if (col)
		l += (size_t)snprintf(s + l, cap - l, "\033[0m");
	if (a->o->conv != NULL && (conv = (char *)u8_conv_to_encoding(
	    a->o->conv, iconveh_question_mark, (const uint8_t *)s, l, NULL,
	    NULL, &n)) != NULL) {
		free(s);
		s = conv;
		l = n;
	}
	a->label[code] = s;
	a->label_len[code] = l;
	a->known[code] = 2;
	*len = l;
	return s;
}

/* Writes s[0..n-1]; on failure keeps errno in a->werr. */
static int
write_all(struct annot *a, const char *s, size_t n)
{
	ssize_t w;

	if (a->werr != 0)
		return -1;
	while (n > 0) {
		if ((w = write(a->fd, s, n)) < 0) {
			if (errno == EINTR)
				continue;
			a->werr = errno;
			return -1;
		}
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Writes what was gathered. */
static int
flush(struct annot *a)
{
	size_t n = a->olen;

	a->olen = 0;
	return write_all(a, a->obuf, n);
}

/* Adds s[0..n-1] to the output; a large piece goes out directly. */
static inline int
put(struct annot *a, const char *s, size_t n)
{
	if (n > a->ocap - a->olen) {
		if (flush(a) != 0)
			return -1;
		if (n > a->ocap / 2)
			return write_all(a, s, n);
	}
	memcpy(a->obuf + a->olen, s, n);
	a->olen += n;
	return 0;
}

/*
 * Annotates and writes the complete lines in the buffer (with final,
 * also the last line, which has no LF), keeps the rest for the next
 * read.  Returns 0, or -1 when a write failed.
 */
static int
process(struct annot *a, int final)
{
	char *s = a->buf, *end = a->buf + a->have, *nl, *mark = a->buf;
	const char *l;
	size_t at, len;
	unsigned long long found = 0;
	int code;

	while (s < end) {
		if ((nl = memchr(s, '\n', (size_t)(end - s))) == NULL) {
			if (!final)
				break;
			nl = end;
		}
		if (a->passing)
			a->passing = nl == end;		/* the long line ends */
		else if (nl > s && (code = find(&a->ls, s, (size_t)(nl -
		    s))) >= 0 && ((l = a->label[code]) != NULL ||
		    (l = label(a, code, &len)) != NULL)) {
			len = a->label_len[code];
			at = (size_t)(nl - mark) - (nl[-1] == '\r');
			/* Both pieces into the output block, in one go. */
			if (at + len <= a->ocap - a->olen) {
				memcpy(a->obuf + a->olen, mark, at);
				memcpy(a->obuf + a->olen + at, l, len);
				a->olen += at + len;
			} else if (put(a, mark, at) != 0 || put(a, l, len) != 0)
				return -1;
			mark += at;
			found++;
		}
		s = nl < end ? nl + 1 : end;
	}
	a->found += found;
	if (put(a, mark, (size_t)(s - mark)) != 0 || flush(a) != 0)
		return -1;
	a->have = (size_t)(end - s);
	memmove(a->buf, s, a->have);
	return 0;
}

/*
 * Makes room in a full buffer: a longer line makes it grow, up to
 * max_line; past that the line so far is written out as it is and the
 * rest of it follows unannotated.
 */
static int
make_room(struct annot *a)
{
	if (a->cap < a->max_line) {
		a->cap = a->cap * 2 < a->max_line ? a->cap * 2 : a->max_line;
		a->buf = xrealloc(a->buf, a->cap);
		return 0;
	}
	a->passing = 1;
	if (put(a, a->buf, a->have) != 0 || flush(a) != 0)
		return -1;
	a->have = 0;
	return 0;
}

/*
 * Annotates everything fd holds, up to its end (the last line stays in
 * the buffer for annot_end).  Returns 0; -1 with errno set when a read
 * failed; -2 when a write failed (a->werr).
 */
int
annot_fd(struct annot *a, int fd)
{
	ssize_t got;

	for (;;) {
		if (a->have == a->cap && make_room(a) != 0)
			return -2;
		got = read(fd, a->buf + a->have, a->cap - a->have);
		if (got < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (got == 0)
			return 0;
		a->have += (size_t)got;
		if (process(a, 0) != 0)
			return -2;
	}
}

/* Annotates n bytes of input, as annot_fd does what it reads. */
int
annot_feed(struct annot *a, const char *s, size_t n)
{
	size_t k;

	while (n > 0) {
		if (a->have == a->cap && make_room(a) != 0)
			return -2;
		k = a->cap - a->have < n ? a->cap - a->have : n;
		memcpy(a->buf + a->have, s, k);
		a->have += k;
		s += k;
		n -= k;
		if (process(a, 0) != 0)
			return -2;
	}
	return 0;
}

/* The end of one input: its last line, without LF, goes out too. */
int
annot_end(struct annot *a)
{
	int r = process(a, 1);

	a->passing = 0;
	a->have = 0;
	return r == 0 ? 0 : -2;
}

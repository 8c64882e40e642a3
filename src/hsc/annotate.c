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
 *
 * A large regular file is read in parts (parts.c) by one thread per
 * processor, each part annotated into memory of its own and written
 * out in order by this thread; the rest of the file past the last
 * newline it had when opened (and whatever it grew by) is read as a
 * stream is.  A part after one that read a W3C #Fields: line is
 * annotated again, in order, with that line's columns, so the output
 * is the same byte for byte as one reading's.
 */
#include <sys/stat.h>

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
#include "parts.h"
#include "table.h"
#include "xalloc.h"

#define BLOCK		(256 * 1024)
#define MAX_LINE	(64 * 1024 * 1024)
/* A part's length, at most, and the longest one cut (memory per part). */
#define PART_LEN	(1024 * 1024)
#define PART_MOST	(4 * 1024 * 1024)

/* A part of a file, annotated into memory of its own. */
struct slot {
	struct annot	 a;		/* a->obuf holds the part's output */
	int		 rc;		/* 0, or -1 after a read error */
	int		 err;		/* its errno */
};

/* The parts of one file. */
struct pool {
	struct annot	*a;		/* the output, and the state carried */
	struct slot	*s;		/* by slot */
	int		 fd;
	int		 err;		/* errno of a failed read, or 0 */
};

static int		 find(struct logstate *, const char *, size_t);
static const char	*label(struct annot *, int, size_t *);
static int		 put(struct annot *, const char *, size_t);
static int		 flush(struct annot *);
static int		 write_all(struct annot *, const char *, size_t);
static int		 process(struct annot *, int);
static int		 make_room(struct annot *);
static int		 pump(struct annot *, int, off_t, off_t);
static void		 annotate_part(struct pool *, int, off_t, off_t,
			    const struct logstate *);
static void		 part_read(void *, int, off_t, off_t);
static int		 part_done(void *, int, off_t, off_t);
static int		 annot_parts(struct annot *, int, off_t, off_t, int);

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

/* Writes what was gathered (held, it stays). */
static int
flush(struct annot *a)
{
	size_t n = a->olen;

	if (a->hold)
		return 0;
	a->olen = 0;
	return write_all(a, a->obuf, n);
}

/*
 * Adds s[0..n-1] to the output; a large piece goes out directly, or,
 * held, makes the block grow.
 */
static inline int
put(struct annot *a, const char *s, size_t n)
{
	if (n > a->ocap - a->olen) {
		if (a->hold) {
			while (n > a->ocap - a->olen)
				a->ocap *= 2;
			a->obuf = xrealloc(a->obuf, a->ocap);
		} else if (flush(a) != 0)
			return -1;
		else if (n > a->ocap / 2)
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
 * Annotates what fd holds from where it is, with read(2) up to its end,
 * or, when end is not -1, with pread(2) from pos up to end.  Returns 0;
 * -1 with errno set when a read failed; -2 when a write failed.
 */
static int
pump(struct annot *a, int fd, off_t pos, off_t end)
{
	ssize_t got;
	size_t want;

	for (;;) {
		if (a->have == a->cap && make_room(a) != 0)
			return -2;
		want = a->cap - a->have;
		if (end < 0)
			got = read(fd, a->buf + a->have, want);
		else if (pos >= end)
			got = 0;
		else
			got = pread(fd, a->buf + a->have, end - pos <
			    (off_t)want ? (size_t)(end - pos) : want, pos);
		if (got < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (got == 0)
			return 0;
		pos += got;
		a->have += (size_t)got;
		if (process(a, 0) != 0)
			return -2;
	}
}

/*
 * Annotates the part [a, b) into its slot's memory, with a fresh state
 * or, when from is not NULL, that state.  The slots read with the
 * options of the annotator they write for, so a state goes from one
 * to the other as it is.
 */
static void
annotate_part(struct pool *pl, int slot, off_t a, off_t b,
    const struct logstate *from)
{
	struct slot *p = &pl->s[slot];

	if (from != NULL)
		p->a.ls = *from;
	else
		logstate_init(&p->a.ls, &pl->a->lo);
	p->a.olen = 0;
	p->a.found = 0;
	errno = 0;
	p->rc = pump(&p->a, pl->fd, a, b);
	p->err = errno;
	annot_end(&p->a);
}

/* parts_run's reader: a part in any thread. */
static void
part_read(void *arg, int slot, off_t a, off_t b)
{
	annotate_part(arg, slot, a, b, NULL);
}

/*
 * parts_run's taker: writes a part out, in order, after annotating it
 * again when the part before it read a #Fields: line.  Stops after a
 * read or a write error.
 */
static int
part_done(void *arg, int slot, off_t a, off_t b)
{
	struct pool *pl = arg;
	struct slot *p = &pl->s[slot];

	if (pl->a->ls.w3c)
		annotate_part(pl, slot, a, b, &pl->a->ls);
	pl->a->ls = p->a.ls;
	pl->a->found += p->a.found;
	if (write_all(pl->a, p->a.obuf, p->a.olen) != 0)
		return -1;
	if (p->rc != 0) {
		pl->err = p->err;
		return -1;
	}
	return 0;
}

/*
 * Annotates the regular file fd from at to size in parts, with k
 * threads, when it is worth it: up to the newline that ends its last
 * whole line, leaving fd there for the rest.  Returns 0, or as
 * annot_fd.
 */
static int
annot_parts(struct annot *a, int fd, off_t at, off_t size, int k)
{
	struct parts pt;
	struct pool pl;
	char win[4096], *nl;
	off_t end = size, reached;
	ssize_t got;
	int i, n, rc = 0;

	/* A W3C log's parts would all need its #Fields: line. */
	if (pread(fd, win, 1, at) != 1 || win[0] == '#')
		return 0;
	/* The end of the last whole line, within PART_MOST of the end. */
	for (end = size, nl = NULL; end > at && size - end < PART_MOST;
	    end -= got) {
		got = end - at < (off_t)sizeof(win) ? end - at :
		    (off_t)sizeof(win);
		if (pread(fd, win, (size_t)got, end - got) != got)
			return 0;
		for (nl = win + got; nl > win && nl[-1] != '\n'; nl--)
			continue;
		if (nl > win) {
			end -= got - (nl - win);
			break;
		}
		nl = NULL;
	}
	if (nl == NULL)
		return 0;
	memset(&pt, 0, sizeof(pt));
	pt.fd = fd;
	pt.start = at;
	pt.end = end;
	pt.len = (end - at) / (4 * k);
	if (pt.len > PART_LEN)
		pt.len = PART_LEN;
	pt.most = PART_MOST;
	pt.k = k;
	pt.read = part_read;
	pt.done = part_done;
	pt.arg = &pl;
	pl.a = a;
	pl.fd = fd;
	pl.err = 0;
	n = PARTS_WINDOW(k);
	pl.s = xcalloc((size_t)n, sizeof(*pl.s));
	for (i = 0; i < n; i++) {
		annot_init(&pl.s[i].a, a->o, a->lo.field, -1);
		pl.s[i].a.max_line = a->max_line;
		pl.s[i].a.hold = 1;
	}
	reached = parts_run(&pt);
	if (a->werr != 0)
		rc = -2;
	else if (pl.err != 0) {
		errno = pl.err;
		rc = -1;
	} else if (lseek(fd, reached, SEEK_SET) < 0)
		rc = -1;
	i = errno;
	while (n-- > 0)
		annot_free(&pl.s[n].a);
	free(pl.s);
	errno = i;
	return rc;
}

/*
 * Annotates everything fd holds, up to its end (the last line stays in
 * the buffer for annot_end): a large regular file in parts, anything
 * else as a stream.  Returns 0; -1 with errno set when a read failed;
 * -2 when a write failed (a->werr).
 */
int
annot_fd(struct annot *a, int fd)
{
	struct stat st;
	off_t at;
	int k = parts_threads(a->threads), rc;

	if (a->have == 0 && !a->passing && k > 1 && fstat(fd, &st) == 0 &&
	    S_ISREG(st.st_mode) && (at = lseek(fd, 0, SEEK_CUR)) >= 0 &&
	    (a->threads > 0 || (st.st_size - at) / k >= PARTS_MIN) &&
	    (rc = annot_parts(a, fd, at, st.st_size, k)) != 0)
		return rc;
	return pump(a, fd, 0, -1);
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

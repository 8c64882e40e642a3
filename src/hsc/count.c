/*
 * hsc --count: reads logs line by line, has logfmt.c read each line,
 * and tallies what it says: the codes (0 for no response), who sent
 * them, IIS's substatus, the top values of a dimension per code, and
 * the time buckets.  The formatters show the tally.
 *
 * Input is read in large blocks and parsed in place: no allocation per
 * line, and a line longer than the block makes the block grow.  A large
 * regular file is cut at newlines into parts (parts.c), four for each
 * processor, which the threads tally in turn; the tallies are added up
 * in order, so the result is the same as one thread's.  The one thing a
 * part inherits from the one before is a W3C #Fields: line; a part
 * that follows a part that had one is read again, in order, with it.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "count.h"
#include "parts.h"
#include "source.h"
#include "msg.h"
#include "query.h"
#include "topn.h"
#include "ustr.h"
#include "xalloc.h"

#define BLOCK		(256 * 1024)

struct part {
	struct count	 c;
	struct logstate	 ls;
	struct source	 in;
	const char	*name;
	int		 rc;
	int		 err;
	int		 zerr;
};

typedef ssize_t	(*readfn)(void *, char *, size_t);

static ssize_t	 read_file(void *, char *, size_t);
static ssize_t	 read_source(void *, char *, size_t);
static int	 run(struct count *, struct logstate *, readfn, void *,
		    const char *);
static void	 merge(struct count *, struct count *, unsigned long long);
static void	*run_part(void *);
static int	 count_parts(struct count *, struct source *, const char *,
		    int);
static void	 source_error(const struct source *, const char *);

void
count_init(struct count *c, const struct countopts *opt)
{
	memset(c, 0, sizeof(*c));
	c->opt = opt;
	c->budget = TOPN_BUDGET;
	if (opt->timeline) {
		tl_init(&c->tl, count_series(opt), opt->bucket);
		c->has_tl = 1;
	}
}

void
count_free(struct count *c)
{
	int i;

	free(c->buf);
	c->buf = NULL;
	free(c->first.file);
	c->first.file = NULL;
	topn_free(c->sub);
	c->sub = NULL;
	for (i = 0; i < 600; i++) {
		topn_free(c->by[i]);
		c->by[i] = NULL;
	}
	if (c->has_tl)
		tl_free(&c->tl);
	c->has_tl = 0;
}

/* The series of the time view: each --only query, or 000 and classes. */
int
count_series(const struct countopts *opt)
{
	if (opt->nonly > 0 || opt->only_none)
		return opt->nonly + opt->only_none;
	return 6;
}

/* Whether --only selects the code (0: no response). */
int
count_selected(const struct countopts *opt, int code)
{
	int i;

	if (opt->nonly == 0 && !opt->only_none)
		return 1;
	if (code == 0)
		return opt->only_none;
	for (i = 0; i < opt->nonly; i++)
		if (query_match(&opt->only[i], code))
			return 1;
	return 0;
}

/*
 * Tallies the line s[0..n-1], line number line of the file name, read
 * with the state ls.  Blank lines are not data and count for nothing.
 */
void
count_line(struct count *c, struct logstate *ls, const char *s, size_t n,
    unsigned long long line, const char *name)
{
	const struct countopts *o = c->opt;
	struct logrec r;
	char key[16];
	int st, i, k;

	logfmt_parse(ls, s, n, &r);
	if ((st = r.status) >= 0) {
		c->n[st]++;
		c->total++;
		c->formats[r.format]++;
		if (r.backend >= 0) {
			if (r.backend > 0 && r.backend == st)
				c->passed[st]++;
			else
				c->generated[st]++;
		}
		if (r.sub >= 0) {
			k = snprintf(key, sizeof(key), "%03d.%d", st, r.sub);
			if (c->sub == NULL)
				c->sub = topn_new(&c->budget);
			topn_add(c->sub, key, (size_t)k, 1);
		}
		if (o->by == DIM_NONE && !c->has_tl)
			return;
		if (r.has_time && !c->has_tz) {
			c->tz = r.tz;
			c->has_tz = 1;
		}
		if (o->by != DIM_NONE && r.dim != NULL &&
		    count_selected(o, st)) {
			if (c->by[st] == NULL)
				c->by[st] = topn_new(&c->budget);
			topn_add(c->by[st], r.dim, r.dimlen, 1);
		}
		if (!c->has_tl)
			return;
		if (!r.has_time) {
			if (count_selected(o, st))
				c->untimed++;
			return;
		}
		if (o->nonly == 0 && !o->only_none) {
			tl_add(&c->tl, r.t, st / 100);
			return;
		}
		for (i = 0; i < o->nonly; i++)
			if (st > 0 && query_match(&o->only[i], st))
				tl_add(&c->tl, r.t, i);
		if (st == 0 && o->only_none)
			tl_add(&c->tl, r.t, o->nonly);
		return;
	}
	if (r.skip == SK_BLANK)
		return;
	c->skipped++;
	if (r.skip == SK_DIRECTIVE) {
		c->directives++;
		return;
	}
	if (c->first.line == 0) {
		c->first.line = line;
		c->first.file = xstrdup(name);
		c->first.why = r.skip;
		c->first.hint = r.hint;
	}
}

static ssize_t
read_file(void *arg, char *buf, size_t n)
{
	FILE *fp = arg;
	size_t got = fread(buf, 1, n, fp);

	return got == 0 && ferror(fp) ? -1 : (ssize_t)got;
}

static ssize_t
read_source(void *arg, char *buf, size_t n)
{
	return source_read(arg, buf, n);
}

/*
 * Tallies every line that rd reads, as lines of the file name.
 * Returns 0, or -1 on a read error (errno, or the source's zerr).
 */
static int
run(struct count *c, struct logstate *ls, readfn rd, void *arg,
    const char *name)
{
	unsigned long long line = 0, quick = 0;
	size_t have = 0;
	ssize_t got;
	char *s, *nl, *end;
	int rc = 0, st, fast = c->opt->by == DIM_NONE && !c->has_tl;

	if (c->buf == NULL) {
		c->cap = BLOCK;
		c->buf = xmalloc(c->cap);
	}
	for (;;) {
		if (have == c->cap) {
			c->cap *= 2;
			c->buf = xrealloc(c->buf, c->cap);
		}
		if ((got = rd(arg, c->buf + have, c->cap - have)) < 0) {
			rc = -1;
			break;
		}
		if (got == 0)
			break;
		end = c->buf + have + got;
		for (s = c->buf; (nl = memchr(s, '\n', (size_t)(end - s)));
		    s = nl + 1) {
			line++;
			/* Plain combined lines, the bulk of most logs. */
			if (fast && (st = logfmt_quick(ls, s,
			    (size_t)(nl - s))) >= 0) {
				c->n[st]++;
				quick++;
				continue;
			}
			count_line(c, ls, s, (size_t)(nl - s), line, name);
		}
		have = (size_t)(end - s);
		memmove(c->buf, s, have);
	}
	if (have > 0)
		count_line(c, ls, c->buf, have, ++line, name);
	c->total += quick;
	c->formats[LF_COMBINED] += quick;
	c->lines += line;
	return rc;
}

/*
 * Tallies every line of fp, a stream of its own, as lines of the file
 * name.  Returns 0, or -1 with errno set on a read error.
 */
int
count_stream(struct count *c, struct logstate *ls, FILE *fp,
    const char *name)
{
	logstate_reset(ls);
	return run(c, ls, read_file, fp, name);
}

/*
 * Adds the tally src (a part of a file that starts after line lineoff
 * of it) to c, and frees it.
 */
static void
merge(struct count *c, struct count *src, unsigned long long lineoff)
{
	int i;

	for (i = 0; i < 600; i++) {
		c->n[i] += src->n[i];
		c->generated[i] += src->generated[i];
		c->passed[i] += src->passed[i];
		if (src->by[i] != NULL) {
			if (c->by[i] == NULL) {
				c->by[i] = src->by[i];
				src->by[i] = NULL;
			} else
				topn_merge(c->by[i], src->by[i]);
		}
	}
	for (i = 0; i < LF_MAX; i++)
		c->formats[i] += src->formats[i];
	c->total += src->total;
	c->skipped += src->skipped;
	c->directives += src->directives;
	c->untimed += src->untimed;
	c->lines += src->lines;
	if (c->first.line == 0 && src->first.line != 0) {
		c->first = src->first;
		c->first.line += lineoff;
		src->first.file = NULL;
	}
	if (src->sub != NULL) {
		if (c->sub == NULL) {
			c->sub = src->sub;
			src->sub = NULL;
		} else
			topn_merge(c->sub, src->sub);
	}
	if (!c->has_tz && src->has_tz) {
		c->tz = src->tz;
		c->has_tz = 1;
	}
	if (c->has_tl && src->has_tl)
		tl_merge(&c->tl, &src->tl);
	count_free(src);
}

static void *
run_part(void *arg)
{
	struct part *p = arg;

	errno = 0;
	p->rc = run(&p->c, &p->ls, read_source, &p->in, p->name);
	p->err = errno;
	p->zerr = p->in.zerr;
	return NULL;
}

/* The parts of one file, in their slots, and what they carry over. */
struct pool {
	struct part	*p;		/* by slot */
	int		 window;
	const struct countopts *opt;
	struct count	*c;
	struct source	*in;
	const char	*name;
	struct logstate	 carry;		/* how the last part handed back ended */
	unsigned long long off;		/* lines in the parts handed back */
	int		 rc;
};

/*
 * Reads a part into the tally in its slot, with a fresh state or, when
 * from is not NULL, that state.
 */
static void
read_part(struct pool *pl, int slot, off_t a, off_t b,
    const struct logstate *from)
{
	struct part *p = &pl->p[slot];

	count_init(&p->c, pl->opt);
	p->c.budget = TOPN_BUDGET / (size_t)pl->window;
	if (from != NULL)
		p->ls = *from;
	else
		logstate_init(&p->ls, &pl->opt->log);
	p->name = pl->name;
	source_range(&p->in, pl->in->fd, a, b);
	run_part(p);
}

/* parts_run's reader: a part in any thread. */
static void
part_read(void *arg, int slot, off_t a, off_t b)
{
	read_part(arg, slot, a, b, NULL);
}

/*
 * parts_run's taker: adds a part up, in order; a part that follows one
 * that had a #Fields: line is read again, with it.
 */
static int
part_done(void *arg, int slot, off_t a, off_t b)
{
	struct pool *pl = arg;
	struct part *p = &pl->p[slot];

	if (pl->carry.w3c) {
		count_free(&p->c);
		read_part(pl, slot, a, b, &pl->carry);
	}
	if (p->rc != 0 && pl->rc == 0) {
		errno = p->err;
		pl->in->zerr = p->zerr;
		source_error(pl->in, pl->name);
		pl->rc = -1;
	}
	pl->off += p->c.lines;
	merge(pl->c, &p->c, pl->off - p->c.lines);
	pl->carry = p->ls;
	return 0;
}

/*
 * Tallies the regular file in (sniffed, plain) in parts cut at
 * newlines, which k threads take in turn and this one adds up in
 * order.  Returns 0, or -1 after a read error (reported).
 */
static int
count_parts(struct count *c, struct source *in, const char *name, int k)
{
	struct pool *pl = xcalloc(1, sizeof(*pl));
	struct parts pt;
	off_t start = (off_t)in->peekpos;
	int rc;

	memset(&pt, 0, sizeof(pt));
	pt.fd = in->fd;
	pt.start = start;
	pt.end = in->size;
	/* Parts of at least PARTS_MIN, four per thread when it is large. */
	pt.len = (in->size - start) / (4 * k);
	if (pt.len < PARTS_MIN && c->opt->threads == 0)
		pt.len = PARTS_MIN;
	pt.k = k;
	pt.read = part_read;
	pt.done = part_done;
	pt.arg = pl;
	pl->window = PARTS_WINDOW(k);
	pl->p = xcalloc((size_t)pl->window, sizeof(*pl->p));
	pl->opt = c->opt;
	pl->c = c;
	pl->in = in;
	pl->name = name;
	logstate_init(&pl->carry, &c->opt->log);
	parts_run(&pt);
	rc = pl->rc;
	free(pl->p);
	free(pl);
	return rc;
}

/* Says why the file name could not be read. */
static void
source_error(const struct source *in, const char *name)
{
	char *shown = ustr_escape(name, strlen(name), 200), *z;

	if (in->zerr == Z_ERR_TRUNCATED)
		msg_warn(D_GZIP_TRUNCATED, shown);
	else if (in->zerr == Z_ERR_DATA) {
		z = ustr_escape(in->zmsg != NULL ? in->zmsg : "?",
		    strlen(in->zmsg != NULL ? in->zmsg : "?"), 100);
		msg_warn(D_GZIP_BAD, shown, z);
		free(z);
	} else
		msg_warn(D_FILE, shown, strerror(errno));
	free(shown);
}

/*
 * Tallies the file name ("-": standard input): plain or gzip data.
 * Returns 0, or 2 when it could not be read or holds data of another
 * kind (both said on stderr); what was read is counted all the same.
 */
int
count_file(struct count *c, const char *name)
{
	struct logstate ls;
	struct source in;
	const char *shown = strcmp(name, "-") == 0 ? "(stdin)" : name;
	char *esc;
	int kind, k, rc;

	if (source_open(&in, name) != 0) {
		source_error(&in, shown);
		return 2;
	}
	if ((kind = source_sniff(&in)) < 0) {
		source_error(&in, shown);
		source_close(&in);
		return 2;
	}
	if (kind != SRC_PLAIN && kind != SRC_GZIP) {
		esc = ustr_escape(shown, strlen(shown), 200);
		msg_warn(kind == SRC_UTF16 ? D_UTF16 : D_COMPRESSED, esc,
		    source_kinds[kind], source_tools[kind],
		    strcmp(name, "-") == 0 ? "FILE" : esc);
		free(esc);
		source_close(&in);
		return 2;
	}
	k = parts_threads(c->opt->threads);
	if (kind == SRC_PLAIN && in.regular && k > 1 &&
	    (c->opt->threads > 0 || in.size / k >= PARTS_MIN) &&
	    (in.npeek == in.peekpos || in.peek[in.peekpos] != '#') &&
	    c->opt->log.format != LF_CLOUDFRONT &&
	    c->opt->log.format != LF_IIS) {
		rc = count_parts(c, &in, shown, k);
		source_close(&in);
		return rc == 0 ? 0 : 2;
	}
	logstate_init(&ls, &c->opt->log);
	errno = 0;
	rc = run(c, &ls, read_source, &in, shown);
	if (rc != 0)
		source_error(&in, shown);
	else if (in.trailing) {
		esc = ustr_escape(shown, strlen(shown), 200);
		msg_warn(D_GZIP_TRAILING, esc);
		free(esc);
	}
	source_close(&in);
	return rc == 0 ? 0 : 2;
}

/*
 * Fills codes (room for 600) with the codes that have a count, most
 * frequent first, ties by code; returns how many.  0 is no response.
 */
size_t
count_ranked(const struct count *c, int *codes)
{
	size_t n = 0, i, j;
	int t;

	if (c->n[0] > 0)
		codes[n++] = 0;
	for (i = 100; i < 600; i++)
		if (c->n[i] > 0)
			codes[n++] = (int)i;
	for (i = 1; i < n; i++)
		for (j = i; j > 0 && c->n[codes[j]] > c->n[codes[j - 1]]; j--) {
			t = codes[j];
			codes[j] = codes[j - 1];
			codes[j - 1] = t;
		}
	return n;
}

/* The share of n in the total, in percent. */
double
count_share(const struct count *c, unsigned long long n)
{
	return c->total ? 100.0 * (double)n / (double)c->total : 0.0;
}

/* Sums the counts of each class into cls[1..5]; cls[0]: no response. */
void
count_classes(const struct count *c, unsigned long long cls[6])
{
	int i;

	memset(cls, 0, 6 * sizeof(*cls));
	cls[0] = c->n[0];
	for (i = 100; i < 600; i++)
		cls[i / 100] += c->n[i];
}

/* Whether some line said what the backend answered. */
int
count_has_origin(const struct count *c)
{
	int i;

	for (i = 0; i < 600; i++)
		if (c->generated[i] > 0 || c->passed[i] > 0)
			return 1;
	return 0;
}

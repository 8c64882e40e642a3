/*
 * The text formatter: one aligned line per code, or with --long the
 * whole entry, wrapped by display width.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"
#include "logfmt.h"
#include "msg.h"
#include "out.h"
#include "query.h"
#include "table.h"
#include "timeline.h"
#include "topn.h"
#include "ustr.h"
#include "xalloc.h"

/* The widest the name column grows; longer names push their line out. */
#define NAME_COLUMN_MAX	32
/* Less room than this beside the name, and the summary goes below. */
#define SUMMARY_MIN	24
#define INDENT		4

static const char *const class_sgr[6] = {
	"0", "1;34", "1;32", "1;36", "1;33", "1;31"
};

static const char	*tag(const struct hsc_code *, int);
static int		 name_width(const struct out *, const struct result *);
static int		 put_name(struct out *, const struct result *, int);
static void		 put_paras(struct out *, const char *, int,
			    const char *);
static void		 put_short(struct out *, const struct result *, int);
static void		 put_long(struct out *, const struct result *);
static void		 put_field(struct out *, int, enum msg, const char *);
static void		 unassigned_summary(const struct result *, int,
			    char *, size_t);
static void		 text_code(struct out *, int, int);
static void		 text_results(struct out *, const struct result *,
			    size_t, int);
static void		 text_count(struct out *, const struct count *, int);

const struct formatter text_formatter = { text_results, text_count };

/* What marks a code that is not plain standard: its vendor or kind. */
static const char *
tag(const struct hsc_code *c, int lang)
{
	if (c->kind == KIND_UNOFFICIAL)
		return c->origin;
	if (c->kind != KIND_STANDARD)
		return hsc_kind_labels[c->kind][lang];
	return NULL;
}

/*
 * The name a result is shown by: the phrase, in Korean the Korean name
 * with the phrase, and the vendor or kind of a code that is not plain
 * standard.
 */
const char *
text_label(const struct result *r, int lang, char *buf, size_t size)
{
	const char *parts[6], *t;
	size_t i, n, len = 0;
	int np = 0;

	if (r->c == NULL)
		return msg(M_UNASSIGNED, lang);
	if (lang == LANG_KO) {
		parts[np++] = r->c->name_ko;
		parts[np++] = " (";
	}
	parts[np++] = r->c->phrase;
	if (lang == LANG_KO)
		parts[np++] = ")";
	if ((t = tag(r->c, lang)) != NULL) {
		parts[np++] = " [";
		parts[np++] = t;
	}
	/* Joined by hand: snprintf costs more than the rest of a lookup. */
	for (i = 0; i < (size_t)np; i++) {
		n = strlen(parts[i]);
		if (len + n + 2 > size)
			n = size - len - 2;
		memcpy(buf + len, parts[i], n);
		len += n;
	}
	if (t != NULL)
		buf[len++] = ']';
	buf[len] = '\0';
	return buf;
}

static int
name_width(const struct out *o, const struct result *r)
{
	char buf[256];

	return out_width(o, text_label(r, o->lang, buf, sizeof(buf)));
}

/* Writes a code, or a class ("4xx" for 400 with class), in its colour. */
static void
text_code(struct out *o, int code, int class)
{
	out_sgr(o, class_sgr[code / 100]);
	putc('0' + code / 100, o->fp);
	putc(class ? 'x' : '0' + code / 10 % 10, o->fp);
	putc(class ? 'x' : '0' + code % 10, o->fp);
	out_sgr(o, "0");
}

/* Writes the name from column col; returns the column it ends at. */
static int
put_name(struct out *o, const struct result *r, int col)
{
	char buf[256];
	const char *l = text_label(r, o->lang, buf, sizeof(buf));

	return out_wrap(o, l, strlen(l), col, col);
}

/* "Not a registered code; clients treat it as 200 OK (2xx …)." */
static void
unassigned_summary(const struct result *r, int lang, char *buf,
    size_t size)
{
	const struct hsc_class *k = codes_class(r->code);
	const struct hsc_code *base;
	size_t n;
	int d = r->code / 100;

	base = codes_find(d * 100, &n);
	snprintf(buf, size, "%s%d %s%s (%dxx %s, RFC 9110 §15).",
	    msg(M_UNASSIGNED_AS, lang), d * 100,
	    base != NULL ? base->phrase : "", msg(M_UNASSIGNED_END, lang), d,
	    k->name[lang]);
}

static void
put_short(struct out *o, const struct result *r, int namew)
{
	char buf[512], label[256];
	const char *summary, *name;
	int w, col, pad;

	if (r->c != NULL)
		summary = r->c->summary[o->lang];
	else {
		unassigned_summary(r, o->lang, buf, sizeof(buf));
		summary = buf;
	}
	text_code(o, r->code, 0);
	out_puts(o, "  ");
	name = text_label(r, o->lang, label, sizeof(label));
	w = out_width(o, name);
	col = out_wrap(o, name, strlen(name), 5, 5);
	pad = namew > w ? namew - w : 0;
	/* A name wrapped, or too little room beside it: summary below. */
	if (o->width > 0 && (col != 5 + w ||
	    o->width - col - pad - 2 < SUMMARY_MIN)) {
		putc('\n', o->fp);
		out_spaces(o, INDENT + 1);
		col = INDENT + 1;
	} else {
		out_spaces(o, pad + 2);
		col += pad + 2;
	}
	out_wrap(o, summary, strlen(summary), col, col);
	putc('\n', o->fp);
}

/*
 * Writes paragraphs split by '\n', indented, with a blank line between
 * them, or as a list with the given bullet.
 */
static void
put_paras(struct out *o, const char *s, int indent, const char *bullet)
{
	const char *e;
	int bw = bullet != NULL ? out_width(o, bullet) : 0;

	for (; *s != '\0'; s = *e == '\0' ? e : e + 1) {
		e = strchr(s, '\n');
		if (e == NULL)
			e = s + strlen(s);
		out_spaces(o, indent);
		if (bullet != NULL)
			out_puts(o, bullet);
		out_wrap(o, s, (size_t)(e - s), indent + bw, indent + bw);
		putc('\n', o->fp);
		if (*e != '\0' && bullet == NULL)
			putc('\n', o->fp);
	}
}

/* One "Label   value" line of the long view, the value wrapped. */
static void
put_field(struct out *o, int labelw, enum msg label, const char *value)
{
	const char *l = msg(label, o->lang);

	out_spaces(o, INDENT);
	out_sgr(o, "1");
	out_puts(o, l);
	out_sgr(o, "0");
	out_spaces(o, labelw - out_width(o, l));
	out_wrap(o, value, strlen(value), INDENT + labelw, INDENT + labelw);
	putc('\n', o->fp);
}

/* Appends s to buf[0..size-1] as far as it fits. */
static void
add(char *buf, size_t size, const char *s)
{
	size_t n = strlen(buf);

	snprintf(buf + n, size - n, "%s", s);
}

static void
put_long(struct out *o, const struct result *r)
{
	static const enum msg labels[] = { M_ALIASES, M_KIND, M_SPEC,
	    M_HEADERS, M_CONSTANTS, M_SEE_ALSO };
	const struct hsc_code *c = r->c, *s;
	const char *const *p;
	const unsigned short *see;
	char buf[1024];
	size_t i, n;
	int labelw = 0, w, lang = o->lang;

	text_code(o, r->code, 0);
	out_puts(o, " ");
	put_name(o, r, INDENT);
	putc('\n', o->fp);
	if (c == NULL) {
		unassigned_summary(r, lang, buf, sizeof(buf));
		put_paras(o, buf, INDENT, NULL);
		putc('\n', o->fp);
		put_paras(o, codes_class(r->code)->detail[lang], INDENT, NULL);
		return;
	}
	put_paras(o, c->summary[lang], INDENT, NULL);
	putc('\n', o->fp);
	put_paras(o, c->detail[lang], INDENT, NULL);
	if (c->causes[lang] != NULL) {
		putc('\n', o->fp);
		out_spaces(o, INDENT);
		out_sgr(o, "1");
		out_puts(o, msg(M_CAUSES, lang));
		out_sgr(o, "0");
		putc('\n', o->fp);
		put_paras(o, c->causes[lang], INDENT, "- ");
	}
	putc('\n', o->fp);

	for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++) {
		w = out_width(o, msg(labels[i], lang));
		if (w > labelw)
			labelw = w;
	}
	labelw += 2;

	if (c->aliases[0] != NULL) {
		buf[0] = '\0';
		for (p = c->aliases; *p != NULL; p++) {
			if (p != c->aliases)
				add(buf, sizeof(buf), ", ");
			add(buf, sizeof(buf), *p);
		}
		put_field(o, labelw, M_ALIASES, buf);
	}
	snprintf(buf, sizeof(buf), "%s (%s)", hsc_kind_labels[c->kind][lang],
	    c->origin);
	put_field(o, labelw, M_KIND, buf);
	put_field(o, labelw, M_SPEC, c->spec);
	if (c->headers[0] != NULL) {
		buf[0] = '\0';
		for (p = c->headers; *p != NULL; p++) {
			if (p != c->headers)
				add(buf, sizeof(buf), ", ");
			add(buf, sizeof(buf), *p);
		}
		put_field(o, labelw, M_HEADERS, buf);
	}
	for (i = 0, n = 0; i < CONST_MAX; i++) {
		if (c->consts[i] == NULL)
			continue;
		snprintf(buf, sizeof(buf), "%-8s%s", hsc_const_defs[i].label,
		    c->consts[i]);
		if (n++ == 0)
			put_field(o, labelw, M_CONSTANTS, buf);
		else {
			out_spaces(o, INDENT + labelw);
			out_wrap(o, buf, strlen(buf), INDENT + labelw,
			    INDENT + labelw);
			putc('\n', o->fp);
		}
	}
	if (c->see[0] != 0) {
		buf[0] = '\0';
		for (see = c->see; *see != 0; see++) {
			if ((s = codes_find(*see, &n)) == NULL)
				continue;
			if (see != c->see)
				add(buf, sizeof(buf), ", ");
			snprintf(buf + strlen(buf), sizeof(buf) - strlen(buf),
			    "%d %s", *see,
			    lang == LANG_KO ? s->name_ko : s->phrase);
		}
		put_field(o, labelw, M_SEE_ALSO, buf);
	}
}

/* Writes the results, short or long. */
static void
text_results(struct out *o, const struct result *r, size_t n, int longfmt)
{
	size_t i;
	int w, namew = 0;

	if (longfmt) {
		for (i = 0; i < n; i++) {
			if (i > 0)
				putc('\n', o->fp);
			put_long(o, &r[i]);
		}
		return;
	}
	for (i = 0; i < n; i++) {
		w = name_width(o, &r[i]);
		if (w > namew && w <= NAME_COLUMN_MAX)
			namew = w;
	}
	for (i = 0; i < n; i++)
		put_short(o, &r[i], namew);
}

/*
 * Writes "CODE<TAB>name" for every class and every code number, one
 * line each (the meanings of a number joined by " / "): the list that
 * shell completions offer, taken from the table itself.
 */
void
text_list_codes(struct out *o)
{
	char buf[256];
	struct result r;
	size_t i;
	int d;

	for (d = 1; d <= 5; d++) {
		fprintf(o->fp, "%dxx\t", d);
		out_puts(o, hsc_classes[d - 1].name[o->lang]);
		putc('\n', o->fp);
	}
	for (i = 0; i < hsc_ncodes; i++) {
		r.c = &hsc_codes[i];
		r.code = r.c->code;
		if (i == 0 || hsc_codes[i - 1].code != r.code)
			fprintf(o->fp, "%s%d\t", i ? "\n" : "", r.code);
		else
			out_puts(o, " / ");
		out_puts(o, text_label(&r, o->lang, buf, sizeof(buf)));
	}
	putc('\n', o->fp);
}

/* The number of digits of n. */
static int
digits(unsigned long long n)
{
	int d = 1;

	while (n >= 10) {
		n /= 10;
		d++;
	}
	return d;
}

/* Writes s right-aligned in w columns. */
static void
put_right(struct out *o, const char *s, int w)
{
	out_spaces(o, w - out_width(o, s));
	out_puts(o, s);
}

/* The name of a code in the tally: its first meaning, or no response. */
static const char *
count_label(struct out *o, int code, char *buf, size_t size)
{
	struct result r;
	size_t k;

	if (code == 0)
		return msg(M_NO_RESPONSE, o->lang);
	r.c = codes_find(code, &k);
	r.code = code;
	return text_label(&r, o->lang, buf, size);
}

/* The widths of the columns of a tally. */
struct cols {
	int	 count;
	int	 proxy;		/* 0: no origin columns */
	int	 backend;
};

/* Writes "COUNT SHARE%  [PROXY BACKEND  ]" of one row. */
static void
row_start(struct out *o, const struct count *c, const struct cols *w,
    unsigned long long n, int origin, unsigned long long g,
    unsigned long long p)
{
	fprintf(o->fp, "%*llu %5.1f%%  ", w->count, n, count_share(c, n));
	if (w->proxy == 0)
		return;
	if (origin)
		fprintf(o->fp, "%*llu %*llu  ", w->proxy, g, w->backend, p);
	else
		fprintf(o->fp, "%*s %*s  ", w->proxy, "-", w->backend, "-");
}

/*
 * The tally of --count: count, share, code, name; then a line per
 * class and the total.  With longfmt, each code's summary under it.
 * IIS's substatus rows follow their code; where lines said what the
 * backend answered, two columns tell how many the proxy made itself
 * and how many it passed on, under a line of column heads.
 */
static void
text_tally(struct out *o, const struct count *c, int longfmt)
{
	struct topn_row *subs = NULL;
	const struct hsc_code *e;
	struct cols w;
	int codes[600], d, col;
	unsigned long long cls[6], cg[6] = { 0 }, cp[6] = { 0 }, tg = 0,
	    tp = 0, mg = 0, mp = 0;
	char buf[256], prefix[8];
	const char *summary;
	size_t n, i, k, nsub = 0;

	n = count_ranked(c, codes);
	if (n == 0)
		return;
	count_classes(c, cls);
	memset(&w, 0, sizeof(w));
	w.count = digits(c->total);
	if (count_has_origin(c)) {
		for (i = 0; i < n; i++) {
			d = codes[i] / 100;
			cg[d] += c->generated[codes[i]];
			cp[d] += c->passed[codes[i]];
		}
		for (d = 0; d < 6; d++) {
			tg += cg[d];
			tp += cp[d];
		}
		mg = tg;
		mp = tp;
		w.proxy = digits(mg);
		w.backend = digits(mp);
		if (out_width(o, msg(M_PROXY, o->lang)) > w.proxy)
			w.proxy = out_width(o, msg(M_PROXY, o->lang));
		if (out_width(o, msg(M_BACKEND, o->lang)) > w.backend)
			w.backend = out_width(o, msg(M_BACKEND, o->lang));
		if (out_width(o, msg(M_COUNT, o->lang)) > w.count)
			w.count = out_width(o, msg(M_COUNT, o->lang));
		put_right(o, msg(M_COUNT, o->lang), w.count);
		putc(' ', o->fp);
		put_right(o, msg(M_SHARE, o->lang), 6);
		out_spaces(o, 2);
		put_right(o, msg(M_PROXY, o->lang), w.proxy);
		putc(' ', o->fp);
		put_right(o, msg(M_BACKEND, o->lang), w.backend);
		out_spaces(o, 2);
		out_puts(o, msg(M_CODE, o->lang));
		putc('\n', o->fp);
	}
	if (c->sub != NULL) {
		subs = xreallocarray(NULL, topn_size(c->sub), sizeof(*subs));
		nsub = topn_rows(c->sub, subs, topn_size(c->sub));
	}
	col = w.count + 9 + (w.proxy > 0 ? w.proxy + w.backend + 3 : 0);
	for (i = 0; i < n; i++) {
		row_start(o, c, &w, c->n[codes[i]], c->generated[codes[i]] +
		    c->passed[codes[i]] > 0, c->generated[codes[i]],
		    c->passed[codes[i]]);
		text_code(o, codes[i], 0);
		out_puts(o, "  ");
		out_puts(o, count_label(o, codes[i], buf, sizeof(buf)));
		putc('\n', o->fp);
		if (longfmt && codes[i] != 0 &&
		    (e = codes_find(codes[i], &k)) != NULL) {
			summary = e->summary[o->lang];
			/* Under the name: "COUNT SHARE%  CODE  ". */
			out_spaces(o, col + 5);
			out_wrap(o, summary, strlen(summary), col + 5, col + 5);
			putc('\n', o->fp);
		}
		snprintf(prefix, sizeof(prefix), "%03d.", codes[i]);
		for (k = 0; k < nsub; k++) {
			if (subs[k].len < 5 || memcmp(subs[k].key, prefix, 4) != 0)
				continue;
			fprintf(o->fp, "%*llu %5.1f%%  ", w.count, subs[k].count,
			    count_share(c, subs[k].count));
			out_spaces(o, col - w.count - 9 + 2);
			fwrite(subs[k].key, 1, subs[k].len, o->fp);
			putc('\n', o->fp);
		}
	}
	free(subs);
	putc('\n', o->fp);
	for (d = 1; d <= 6; d++) {
		if (cls[d % 6] == 0)
			continue;
		row_start(o, c, &w, cls[d % 6], cg[d % 6] + cp[d % 6] > 0,
		    cg[d % 6], cp[d % 6]);
		if (d == 6) {
			text_code(o, 0, 0);
			out_puts(o, "  ");
			out_puts(o, msg(M_NO_RESPONSE, o->lang));
		} else {
			text_code(o, d * 100, 1);
			out_puts(o, "  ");
			out_puts(o, hsc_classes[d - 1].name[o->lang]);
		}
		putc('\n', o->fp);
	}
	row_start(o, c, &w, c->total, 1, tg, tp);
	out_puts(o, msg(M_TOTAL, o->lang));
	putc('\n', o->fp);
}

/*
 * --by: for each code with values, most frequent first, a tally line
 * and under it its top values, with counts and shares of the code's
 * count; "~" marks a count that may be too high (by its error at
 * most), and a last line the lines of the other values.
 */
static void
text_by(struct out *o, const struct count *c)
{
	struct topn_row *rows;
	struct cols w;
	int codes[600], nw, first = 1;
	unsigned long long shown, cn;
	char buf[256], *v;
	size_t n, i, k, nr;

	memset(&w, 0, sizeof(w));
	w.count = digits(c->total);
	rows = xreallocarray(NULL, (size_t)c->opt->top, sizeof(*rows));
	n = count_ranked(c, codes);
	for (i = 0; i < n; i++) {
		if (c->by[codes[i]] == NULL)
			continue;
		if (!first)
			putc('\n', o->fp);
		first = 0;
		cn = c->n[codes[i]];
		row_start(o, c, &w, cn, 0, 0, 0);
		text_code(o, codes[i], 0);
		out_puts(o, "  ");
		out_puts(o, count_label(o, codes[i], buf, sizeof(buf)));
		putc('\n', o->fp);
		nr = topn_rows(c->by[codes[i]], rows, (size_t)c->opt->top);
		nw = digits(cn) + (topn_approx(c->by[codes[i]]) ? 1 : 0);
		for (shown = 0, k = 0; k < nr; k++) {
			out_spaces(o, 4);
			if (rows[k].err > 0) {
				out_spaces(o, nw - digits(rows[k].count) - 1);
				putc('~', o->fp);
				fprintf(o->fp, "%llu", rows[k].count);
			} else
				fprintf(o->fp, "%*llu", nw, rows[k].count);
			fprintf(o->fp, " %5.1f%%  ", cn ? 100.0 *
			    (double)rows[k].count / (double)cn : 0.0);
			v = ustr_escape(rows[k].key, rows[k].len,
			    LOG_VALUE_MAX * 4);
			out_puts(o, v);
			free(v);
			putc('\n', o->fp);
			shown += rows[k].count;
		}
		if (shown < cn) {
			out_spaces(o, 4);
			fprintf(o->fp, "%*llu %5.1f%%  ", nw, cn - shown,
			    100.0 * (double)(cn - shown) / (double)cn);
			out_puts(o, msg(M_OTHERS, o->lang));
			putc('\n', o->fp);
		}
	}
	free(rows);
}

/* The name of time series s: a query of --only, 000, or a class. */
static void
series_name(const struct countopts *opt, int s, char *buf, size_t size)
{
	if (opt->nonly > 0 || opt->only_none) {
		snprintf(buf, size, "%s", s < opt->nonly ? opt->only[s].text :
		    "000");
		return;
	}
	if (s == 0)
		snprintf(buf, size, "000");
	else
		snprintf(buf, size, "%dxx", s);
}

/* The SGR of series s: its class's colour, where it has one class. */
static const char *
series_sgr(const struct countopts *opt, int s)
{
	const struct query *q;

	if (opt->nonly == 0 && !opt->only_none)
		return class_sgr[s];
	if (s >= opt->nonly)
		return class_sgr[0];
	q = &opt->only[s];
	if (q->kind == Q_PATTERN)
		return q->pat[0] >= '1' && q->pat[0] <= '5' ?
		    class_sgr[q->pat[0] - '0'] : class_sgr[0];
	return q->lo / 100 == q->hi / 100 ? class_sgr[q->lo / 100] :
	    class_sgr[0];
}

/* Writes a bucket length in words: "1 min", "한 칸에 30초". */
static void
put_unit(struct out *o, long long u)
{
	static const struct {
		long long	 secs;
		enum msg	 word;
	} units[] = {
		{ 604800, M_UNIT_W }, { 86400, M_UNIT_D }, { 3600, M_UNIT_H },
		{ 60, M_UNIT_MIN }, { 1, M_UNIT_S },
	};
	size_t i;

	for (i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (u % units[i].secs == 0) {
			fprintf(o->fp, "%lld", u / units[i].secs);
			out_puts(o, msg(units[i].word, o->lang));
			return;
		}
}

/*
 * The time view as numbers, one line per bucket: its start, in the
 * offset of the log's first time, and a column per series.
 */
static void
timeline_table(struct out *o, const struct count *c,
    const struct tl_view *v, const int *show, int nshow)
{
	char when[40], name[32];
	int tw, sw[64], i;
	size_t b;
	unsigned long long most;

	tw = (int)logfmt_when(v->start, c->tz, (int)v->unit, when,
	    sizeof(when));
	if (out_width(o, msg(M_TIME, o->lang)) > tw)
		tw = out_width(o, msg(M_TIME, o->lang));
	out_puts(o, msg(M_TIME, o->lang));
	out_spaces(o, tw - out_width(o, msg(M_TIME, o->lang)));
	for (i = 0; i < nshow; i++) {
		series_name(c->opt, show[i], name, sizeof(name));
		for (most = 0, b = 0; b < v->n; b++)
			if (v->v[b * (size_t)v->nseries + (size_t)show[i]] > most)
				most = v->v[b * (size_t)v->nseries +
				    (size_t)show[i]];
		sw[i] = digits(most);
		if ((int)strlen(name) > sw[i])
			sw[i] = (int)strlen(name);
		fprintf(o->fp, "  %*s", sw[i], name);
	}
	putc('\n', o->fp);
	for (b = 0; b < v->n; b++) {
		logfmt_when(v->start + (long long)b * v->unit, c->tz,
		    (int)v->unit, when, sizeof(when));
		fprintf(o->fp, "%-*s", tw, when);
		for (i = 0; i < nshow; i++)
			fprintf(o->fp, "  %*llu", sw[i],
			    v->v[b * (size_t)v->nseries + (size_t)show[i]]);
		putc('\n', o->fp);
	}
}

/*
 * How the chart labels times, by bucket length and span: "03:10:05",
 * "03:10", "11-21 03:10", "11-21", "2026-11-21".
 */
enum label { L_SECONDS, L_MINUTES, L_DAY_MINUTES, L_DAYS, L_DATES };

static const int label_width[] = { 8, 5, 11, 5, 10 };

static enum label
label_kind(long long unit, long long span)
{
	if (unit >= 604800 || span > 366 * 86400LL)
		return L_DATES;
	if (unit >= 86400)
		return L_DAYS;
	if (span > 86400)
		return L_DAY_MINUTES;
	return unit < 60 ? L_SECONDS : L_MINUTES;
}

/* Writes the time t in the offset tz as the label kind k says. */
static void
chart_when(long long t, int tz, enum label k, char *buf, size_t size)
{
	char full[40];

	/* "2026-11-21 03:10:05" */
	logfmt_when(t, tz, 1, full, sizeof(full));
	switch (k) {
	case L_SECONDS:
		snprintf(buf, size, "%.8s", full + 11);
		break;
	case L_MINUTES:
		snprintf(buf, size, "%.5s", full + 11);
		break;
	case L_DAY_MINUTES:
		snprintf(buf, size, "%.11s", full + 5);
		break;
	case L_DAYS:
		snprintf(buf, size, "%.5s", full + 5);
		break;
	default:
		snprintf(buf, size, "%.10s", full);
		break;
	}
}

/*
 * The time view as a chart, one line per series, a column per bucket:
 * eight heights of block, scaled to the series' own peak, the peak
 * and when; a line of times under it.  Returns 0, or -1 when the width
 * has no room for one.
 */
static int
timeline_chart(struct out *o, const struct count *c, const int *show,
    int nshow)
{
	static const char *const blocks[9] = {
		" ", "\u2581", "\u2582", "\u2583", "\u2584", "\u2585",
		"\u2586", "\u2587", "\u2588"
	};
	static const char *const ascii[9] = {
		" ", "_", ".", "-", "=", "+", "*", "#", "@"
	};
	const char *const *lv = o->conv != NULL ? ascii : blocks;
	struct tl_view v;
	char when[40], name[32], end[40];
	int namew = 3, i, lw, avail, step, col;
	enum label lk;
	size_t b, at;
	unsigned long long most, x, peak = 0;
	long long span;

	for (i = 0; i < nshow; i++) {
		series_name(c->opt, show[i], name, sizeof(name));
		if ((int)strlen(name) > namew)
			namew = (int)strlen(name);
	}
	span = (long long)c->tl.nb * c->tl.unit;
	/* The widest label the chosen length could need. */
	lk = label_kind(c->tl.unit, span);
	lw = label_width[lk] > label_width[L_DATES] ? label_width[lk] :
	    label_width[L_DAY_MINUTES];
	for (b = 0; b < c->tl.nb * (size_t)c->tl.nseries; b++)
		if (c->tl.v[b] > peak)
			peak = c->tl.v[b];
	avail = o->width - namew - 1 - (2 + out_width(o, msg(M_PEAK,
	    o->lang)) + 1 + digits(peak) + 1 + lw);
	if (avail < 8)
		return -1;
	tl_view(&c->tl, tl_pick(&c->tl, c->opt->bucket, (size_t)avail), c->tz,
	    &v);
	if (v.n > (size_t)avail) {
		tl_view_free(&v);
		return -1;
	}
	lk = label_kind(v.unit, span);
	/* "2026-11-21 10:00 – 10:59, 1 min per column (+00:00)" */
	logfmt_when(v.start, c->tz, 60, when, sizeof(when));
	logfmt_when(v.start + (long long)v.n * v.unit - 1, c->tz, 60, end,
	    sizeof(end));
	out_puts(o, when);
	out_puts(o, " \u2013 ");
	out_puts(o, strncmp(when, end, 11) == 0 ? end + 11 : end);
	out_puts(o, ", ");
	out_puts(o, msg(M_PER_COLUMN_PRE, o->lang));
	put_unit(o, v.unit);
	out_puts(o, msg(M_PER_COLUMN, o->lang));
	fprintf(o->fp, " (%c%02d:%02d)\n", c->tz < 0 ? '-' : '+',
	    (c->tz < 0 ? -c->tz : c->tz) / 60, (c->tz < 0 ? -c->tz : c->tz) %
	    60);
	for (i = 0; i < nshow; i++) {
		series_name(c->opt, show[i], name, sizeof(name));
		fprintf(o->fp, "%-*s ", namew, name);
		for (most = 0, at = 0, b = 0; b < v.n; b++)
			if ((x = v.v[b * (size_t)v.nseries + (size_t)show[i]]) >
			    most) {
				most = x;
				at = b;
			}
		out_sgr(o, series_sgr(c->opt, show[i]));
		for (b = 0; b < v.n; b++) {
			x = v.v[b * (size_t)v.nseries + (size_t)show[i]];
			out_puts(o, lv[x == 0 ? 0 : most == 0 ? 1 :
			    (int)((x * 8 + most - 1) / most)]);
		}
		out_sgr(o, "0");
		out_spaces(o, 2);
		chart_when(v.start + (long long)at * v.unit, c->tz, lk, when,
		    sizeof(when));
		out_puts(o, msg(M_PEAK, o->lang));
		fprintf(o->fp, " %llu %s\n", most, when);
	}
	/* The times under the chart, one label per step columns. */
	lw = label_width[lk];
	step = lw + 3;
	out_spaces(o, namew + 1);
	for (col = 0; (size_t)col + (size_t)lw <= v.n ||
	    (col == 0 && v.n > 0); col += step) {
		chart_when(v.start + (long long)col * v.unit, c->tz, lk, when,
		    sizeof(when));
		out_puts(o, when);
		if ((size_t)(col + step) + (size_t)lw <= v.n)
			out_spaces(o, step - (int)strlen(when));
		else
			break;
	}
	putc('\n', o->fp);
	tl_view_free(&v);
	return 0;
}

/*
 * The time view: the series with a count (every --only series), as a
 * chart when there is a width to fit it to (a terminal, --width,
 * COLUMNS), else as numbers.
 */
static void
text_timeline(struct out *o, const struct count *c)
{
	struct tl_view v;
	int show[64], nshow = 0, s;
	size_t b;
	unsigned long long sum;

	if (c->tl.nb == 0)
		return;
	for (s = 0; s < c->tl.nseries && nshow < 64; s++) {
		for (sum = 0, b = 0; b < c->tl.nb; b++)
			sum += c->tl.v[b * (size_t)c->tl.nseries + (size_t)s];
		if (sum > 0 || c->opt->nonly > 0 || c->opt->only_none)
			show[nshow++] = s;
	}
	/* Classes in order, no response last. */
	if (c->opt->nonly == 0 && !c->opt->only_none && nshow > 0 &&
	    show[0] == 0) {
		memmove(show, show + 1, (size_t)(nshow - 1) * sizeof(*show));
		show[nshow - 1] = 0;
	}
	if (o->width > 0 && timeline_chart(o, c, show, nshow) == 0)
		return;
	/* A length given is kept, unless the span made them coarser. */
	tl_view(&c->tl, c->opt->bucket > 0 ? c->opt->bucket :
	    tl_pick(&c->tl, 0, 60), c->tz, &v);
	timeline_table(o, c, &v, show, nshow);
	tl_view_free(&v);
}

/*
 * The tally of --count (see text_tally), or the views --by and
 * --timeline ask for instead.
 */
static void
text_count(struct out *o, const struct count *c, int longfmt)
{
	if (c->opt->by != DIM_NONE)
		text_by(o, c);
	if (c->opt->timeline) {
		if (c->opt->by != DIM_NONE && c->total > 0)
			putc('\n', o->fp);
		text_timeline(o, c);
	}
	if (c->opt->by == DIM_NONE && !c->opt->timeline)
		text_tally(o, c, longfmt);
}

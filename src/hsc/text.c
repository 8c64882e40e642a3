/*
 * The text formatter: one aligned line per code, or with --long the
 * whole entry, wrapped by display width.
 */
#include <stdio.h>
#include <string.h>

#include "count.h"
#include "msg.h"
#include "out.h"
#include "table.h"

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

/* The colour of a code's class (SGR parameters); "0" outside 1xx-5xx. */
const char *
text_sgr(int code)
{
	return code >= 100 && code <= 599 ? class_sgr[code / 100] : "0";
}

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

/*
 * The tally of --count: count, share, code, name; then a line per
 * class and the total.  With longfmt, each code's summary under it.
 */
static void
text_count(struct out *o, const struct count *c, int longfmt)
{
	int codes[500], cw, d;
	unsigned long long cls[6];
	char num[32], buf[256];
	struct result r;
	const char *summary;
	size_t n, i, k;

	n = count_ranked(c, codes);
	count_classes(c, cls);
	cw = snprintf(num, sizeof(num), "%llu", c->total);
	for (i = 0; i < n; i++) {
		fprintf(o->fp, "%*llu %5.1f%%  ", cw, c->n[codes[i]],
		    count_share(c, c->n[codes[i]]));
		text_code(o, codes[i], 0);
		out_puts(o, "  ");
		/* A number with several meanings: the first, most common. */
		r.c = codes_find(codes[i], &k);
		r.code = codes[i];
		out_puts(o, text_label(&r, o->lang, buf, sizeof(buf)));
		putc('\n', o->fp);
		if (longfmt && r.c != NULL) {
			/* Under the name: "COUNT SHARE%  CODE  ". */
			summary = r.c->summary[o->lang];
			out_spaces(o, cw + 14);
			out_wrap(o, summary, strlen(summary), cw + 14, cw + 14);
			putc('\n', o->fp);
		}
	}
	if (n == 0)
		return;
	putc('\n', o->fp);
	for (d = 1; d <= 5; d++) {
		if (cls[d] == 0)
			continue;
		fprintf(o->fp, "%*llu %5.1f%%  ", cw, cls[d],
		    count_share(c, cls[d]));
		text_code(o, d * 100, 1);
		out_puts(o, "  ");
		out_puts(o, hsc_classes[d - 1].name[o->lang]);
		putc('\n', o->fp);
	}
	fprintf(o->fp, "%*llu %5.1f%%  ", cw, c->total, 100.0);
	out_puts(o, msg(M_TOTAL, o->lang));
	putc('\n', o->fp);
}

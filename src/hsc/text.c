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

/* The long view's indent; a stacked label's values sit STEP further. */
#define INDENT		4
#define STEP		2
/* Where the short view's name starts: "404  ". */
#define NAME_COL	5	/* after a three-digit code */
/* Narrower than this, the number column does not grow for 500.19. */
#define NARROW		40
/* The least room beside the name column for the summary. */
#define SUMMARY_MIN	30
/* Names that most rows of the short view fit: nine in ten. */
#define NAME_SHARE	0.9
/* The least room beside a label of the long view for its value. */
#define FIELD_MIN	20
/* Help is set at most this wide; stacked, its texts start this far in. */
#define HELP_WIDTH	80
#define HELP_STEP	8
/* The least room beside --count's columns for the name. */
#define COUNT_NAME_MIN	12

/*
 * How the short view lays out its rows: the width of the name column
 * (the summary starts 2 columns after it), or every summary under its
 * name (stacked).
 */
struct short_layout {
	int	col;		/* where names start: after the widest number */
	int	namew;
	int	stacked;
};

static const char *const class_sgr[6] = {
	"0", "1;34", "1;32", "1;36", "1;33", "1;31"
};

static const char	*tag(const struct hsc_code *, int);
static int		 name_width(const struct out *, const struct result *);
static const char	*summary_of(const struct result *, int, char *,
			    size_t);
static int		 short_row(struct out *, const struct result *, int,
			    const struct short_layout *, int);
static void		 short_layout(struct out *, const struct result *,
			    size_t, int *, struct short_layout *);
static void		 put_paras(struct out *, const char *, int,
			    const char *);
static void		 put_label(struct out *, enum msg);
static void		 put_field(struct out *, int, enum msg, const char *);
static void		 put_consts(struct out *, int,
			    const struct hsc_code *);
static void		 add(char *, size_t, const char *);
static void		 put_list(struct out *, int, enum msg, unsigned int,
			    const char *);
static void		 put_head(struct out *, const struct result *);
static void		 put_class(struct out *, const struct result *);
static void		 put_long(struct out *, const struct result *);
static void		 unassigned_summary(const struct result *, int,
			    char *, size_t);
static void		 text_code(struct out *, int, int);
static void		 text_results(struct out *, const struct result *,
			    size_t, int);
struct cols;
static void		 count_row(struct out *, const struct count *,
			    const struct cols *, unsigned long long, int,
			    unsigned long long, unsigned long long, int, int,
			    const char *, const char *, const char *);
static void		 text_count(struct out *, const struct count *, int);

const struct formatter text_formatter = { text_results, text_count };

/* Who uses a code, in a language. */
static const char *
origin(const struct hsc_code *c, int lang)
{
	return hsc_s(lang == LANG_KO && c->origin_ko != 0 ? c->origin_ko :
	    c->origin);
}

/* The colour of a code's class (SGR parameters); "0" outside 1xx-5xx. */
const char *
text_sgr(int code)
{
	return code >= 100 && code <= 599 ? class_sgr[code / 100] : "0";
}

/* The first of library i's names for c, or NULL. */
static const struct hsc_constant *
first_const(const struct hsc_code *c, int i)
{
	return c->consts[i] != 0 ? &hsc_consts[c->consts[i]] : NULL;
}

/* What marks a code that is not plain standard: its vendor or kind. */
static const char *
tag(const struct hsc_code *c, int lang)
{
	if (c->kind == KIND_UNOFFICIAL)
		return origin(c, lang);
	if (c->kind != KIND_STANDARD)
		return hsc_kind_labels[c->kind][lang];
	return NULL;
}

/*
 * The name a result is shown by: the phrase, in Korean the Korean name
 * with the phrase in parentheses (306's "(Unused)" has its own), and
 * the vendor or kind of a code that is not plain standard.
 */
const char *
text_label(const struct result *r, int lang, char *buf, size_t size)
{
	const char *parts[6], *t, *ph;
	size_t i, n, len = 0;
	int np = 0, paren;

	if (r->c == NULL)
		return msg(M_UNASSIGNED, lang);
	ph = hsc_s(r->c->phrase);
	paren = ph[0] != '(' || ph[strlen(ph) - 1] != ')';
	if (lang == LANG_KO) {
		parts[np++] = hsc_s(r->c->name_ko);
		parts[np++] = paren ? " (" : " ";
	}
	parts[np++] = ph;
	if (lang == LANG_KO && paren)
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

/*
 * Writes a code, or a class ("4xx" for 400 with class), in its colour;
 * 000 and 999, in no class, in bold.
 */
static void
text_code(struct out *o, int code, int class)
{
	out_sgr(o, code >= 100 && code <= 599 ? class_sgr[code / 100] : "1");
	putc('0' + code / 100, o->fp);
	putc(class ? 'x' : '0' + code / 10 % 10, o->fp);
	putc(class ? 'x' : '0' + code % 10, o->fp);
	out_sgr(o, "0");
}

/* Writes a result's number, "404" or "500.19"; returns its width. */
static int
put_id(struct out *o, const struct result *r)
{
	char id[16];
	int n;

	text_code(o, r->code, r->class);
	if (r->c == NULL || r->c->sub < 0)
		return 3;
	n = codes_id(r->c, id, sizeof(id));
	out_write(o, id + 3, (size_t)(n - 3));
	return n;
}

/* The width of a result's number: 3, or more for "500.19". */
static int
id_width(const struct result *r)
{
	char buf[16];

	return r->c != NULL ? codes_id(r->c, buf, sizeof(buf)) : 3;
}

/*
 * After a code asked for by number: "IIS substatus codes: 500.0 to
 * 500.100 (24 of them: hsc 500.0)", in the column of the names.
 */
static void
put_subs(struct out *o, int code, int indent)
{
	const struct hsc_code *s;
	char buf[512], id[16], k[16], *p;
	size_t n, i;

	if ((s = codes_subs(code, &n)) == NULL)
		return;
	/* Joined by hand, as labels are: a lookup prints this line. */
	p = k + sizeof(k) - 1;
	*p = '\0';
	for (i = n; i > 0 || p == k + sizeof(k) - 1; i /= 10)
		*--p = (char)('0' + i % 10);
	buf[0] = '\0';
	add(buf, sizeof(buf), msg(M_SUBS, o->lang));
	codes_id(&s[0], id, sizeof(id));
	add(buf, sizeof(buf), id);
	add(buf, sizeof(buf), msg(M_SUBS_TO, o->lang));
	codes_id(&s[n - 1], id, sizeof(id));
	add(buf, sizeof(buf), id);
	add(buf, sizeof(buf), " (");
	add(buf, sizeof(buf), p);
	add(buf, sizeof(buf), msg(M_SUBS_HINT, o->lang));
	codes_id(&s[0], id, sizeof(id));
	add(buf, sizeof(buf), id);
	add(buf, sizeof(buf), ")");
	if (o->width <= 0) {
		out_spaces(o, indent);
		out_puts(o, buf);
	} else
		out_para(o, buf, strlen(buf), indent, o->width);
	putc('\n', o->fp);
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
	    base != NULL ? hsc_s(base->phrase) : "", msg(M_UNASSIGNED_END, lang), d,
	    k->name[lang]);
}

static const char *
summary_of(const struct result *r, int lang, char *buf, size_t size)
{
	if (r->c != NULL && r->match == KEY_DETAIL) {
		/* Honest about a search that found only a detail. */
		snprintf(buf, size, "%s %s", hsc_s(r->c->summary[lang]),
		    msg(M_IN_DETAIL, lang));
		return buf;
	}
	if (r->c != NULL)
		return hsc_s(r->c->summary[lang]);
	unassigned_summary(r, lang, buf, size);
	return buf;
}

/*
 * One row of the short view, "CODE  NAME  SUMMARY", whose name is w
 * columns wide: the summary beside the name column, or on the next
 * line when the layout is stacked or the name is wider than the
 * column.  Writes it when put is set, else returns the lines it takes.
 */
static int
short_row(struct out *o, const struct result *r, int w,
    const struct short_layout *l, int put)
{
	char buf[512], label[256];
	const char *summary, *name;
	int lines, idw, at = l->col + l->namew + 2;

	summary = summary_of(r, o->lang, buf, sizeof(buf));
	name = text_label(r, o->lang, label, sizeof(label));
	/*
	 * The numbers in a column as wide as the widest, "500.19"; on a
	 * narrow terminal the column stays narrow, and a longer number
	 * has its name on the next line.
	 */
	idw = id_width(r);
	if (put) {
		put_id(o, r);
		if (idw + 2 > l->col) {
			putc('\n', o->fp);
			out_spaces(o, l->col);
		} else
			out_spaces(o, l->col - idw);
	}
	if (o->width <= 0) {
		/* A pipe: one line, a longer name pushing the summary. */
		if (put) {
			out_puts(o, name);
			out_spaces(o, w < l->namew ? l->namew - w + 2 : 2);
			out_puts(o, summary);
			putc('\n', o->fp);
			if (r->subs)
				put_subs(o, r->code, l->col);
		}
		return 1;
	}
	lines = out_lines(o, name, strlen(name), l->col, l->col,
	    o->width, 0, NULL) + (idw + 2 > l->col);
	if (put)
		out_wrap(o, name, strlen(name), l->col, l->col, o->width);
	if (l->stacked || lines > 1 || w > l->namew) {
		if (l->stacked)
			at = l->col;
		if (put) {
			putc('\n', o->fp);
			out_para(o, summary, strlen(summary), at, o->width);
		} else
			lines += out_lines(o, summary, strlen(summary), 0, at,
			    o->width, 1, NULL);
	} else if (put) {
		/* Beside the name, in the column. */
		out_spaces(o, at - l->col - w);
		out_wrap(o, summary, strlen(summary), at, at, o->width);
	} else
		lines += out_lines(o, summary, strlen(summary), at, at,
		    o->width, 0, NULL) - 1;
	if (put) {
		putc('\n', o->fp);
		if (r->subs)
			put_subs(o, r->code, l->col);
	}
	return lines;
}

/*
 * Chooses the short view's layout for the rows r[0..n-1].  The name
 * column fits nine names in ten, or all of them, and leaves the
 * summary SUMMARY_MIN columns at least; a longer name has its summary
 * start on the next line, in the column.  Of that column and the
 * stacked layout (every summary under its name) the one that takes
 * fewer lines wins; alike, the column.  Without a width every row is
 * one line, for grep, and the column is what 80 columns would allow.
 */
static void
short_layout(struct out *o, const struct result *r, size_t n, int *w,
    struct short_layout *l)
{
	/* Name widths are small: a count of each finds nine in ten. */
	static unsigned short count[256];
	struct short_layout try[3];
	int lines, best = -1, cap, k, nt = 0, share = -1, max = 0;
	size_t i, m, want, seen;

	l->col = NAME_COL;
	for (i = m = 0; i < n; i++)
		if (!r[i].class) {
			w[i] = name_width(o, &r[i]);
			max = w[i] > max ? w[i] : max;
			/* Narrow, a longer number takes a line of its own. */
			if (id_width(&r[i]) + 2 > l->col &&
			    (o->width <= 0 || o->width >= NARROW))
				l->col = id_width(&r[i]) + 2;
			m++;
		}
	l->namew = 0;
	l->stacked = 0;
	if (m == 0)
		return;
	cap = (o->width > 0 ? o->width : 80) - l->col - 2 - SUMMARY_MIN;
	/* The widest name within the share and the cap. */
	want = (size_t)(NAME_SHARE * (double)m + 0.999);
	if (want >= m) {
		/* Under ten rows, the share is all of them. */
		for (i = 0; i < n; i++)
			if (!r[i].class && w[i] <= cap && w[i] > share)
				share = w[i];
	} else {
		memset(count, 0, sizeof(count));
		for (i = 0; i < n; i++)
			if (!r[i].class && count[w[i] < 255 ? w[i] : 255] <
			    0xffff)
				count[w[i] < 255 ? w[i] : 255]++;
		for (k = 0, seen = 0; k < 256 && seen < want; k++)
			if (count[k] > 0) {
				seen += count[k];
				if (k <= cap)
					share = k;
			}
	}
	if (share >= 0) {
		try[nt].col = l->col;
		try[nt].namew = share;
		try[nt++].stacked = 0;
		if (max <= cap && max > share) {
			try[nt].col = l->col;
			try[nt].namew = max;
			try[nt++].stacked = 0;
		}
	}
	if (o->width <= 0) {
		l->namew = share >= 0 ? share : 0;
		return;
	}
	try[nt].col = l->col;
	try[nt].namew = 0;
	try[nt++].stacked = 1;
	for (k = 0; k < nt; k++) {
		for (i = 0, lines = 0; i < n; i++)
			if (!r[i].class)
				lines += short_row(o, &r[i], w[i], &try[k], 0);
		if (best < 0 || lines < best || (lines == best &&
		    !try[k].stacked)) {
			best = lines;
			*l = try[k];
		}
	}
}

/*
 * Writes paragraphs split by '\n', indented, with a blank line between
 * them, or as a list with the given bullet.  An item whose first word
 * is too wide for its line starts, bullet and all, as far left as it
 * must, as out_para moves any other such word.
 */
static void
put_paras(struct out *o, const char *s, int indent, const char *bullet)
{
	const char *e;
	int bw = bullet != NULL ? out_width(o, bullet) : 0, lead, w;

	for (; *s != '\0'; s = *e == '\0' ? e : e + 1) {
		e = strchr(s, '\n');
		if (e == NULL)
			e = s + strlen(s);
		if (bullet != NULL) {
			w = ustr_width(s, strcspn(s, " \n"), o->enc);
			lead = o->measure > 0 && indent + bw + w > o->measure ?
			    o->measure - bw - w : indent;
			lead = lead > 0 ? lead : 0;
			out_spaces(o, lead);
			out_puts(o, bullet);
			out_wrap(o, s, (size_t)(e - s), lead + bw,
			    indent + bw, o->measure);
		} else
			out_para(o, s, (size_t)(e - s), indent, o->measure);
		putc('\n', o->fp);
		if (*e != '\0' && bullet == NULL)
			putc('\n', o->fp);
	}
}

/* Writes a label of the long view, in bold, at the indent. */
static void
put_label(struct out *o, enum msg label)
{
	out_spaces(o, INDENT);
	out_sgr(o, "1");
	out_puts(o, msg(label, o->lang));
	out_sgr(o, "0");
}

/*
 * One labelled block of the long view: "Label   value", the value
 * wrapped in the column after the labels, labelw wide.  When that
 * column leaves less than FIELD_MIN, or too little for a word of the
 * value, the block stacks: the label on its own line, the value under
 * it, STEP further in.
 */
static void
put_field(struct out *o, int labelw, enum msg label, const char *value)
{
	int room = o->measure - INDENT - labelw, n = (int)strlen(value);

	put_label(o, label);
	if (o->measure <= 0 || (room >= FIELD_MIN &&
	    ustr_widest(value, (size_t)n, o->enc) <= room)) {
		out_spaces(o, labelw - out_width(o, msg(label, o->lang)));
		out_wrap(o, value, (size_t)n, INDENT + labelw, INDENT + labelw,
		    o->measure);
	} else {
		putc('\n', o->fp);
		out_para(o, value, (size_t)n, INDENT + STEP, o->measure);
	}
	putc('\n', o->fp);
}

/*
 * "HttpStatus.PAYLOAD_TOO_LARGE (deprecated in 7.0)": a constant with
 * the versions of its library it holds for.
 */
static void
const_line(char *buf, size_t size, const struct hsc_constant *k, int lang)
{
	const char *v[3] = { hsc_s(k->since), hsc_s(k->deprecated),
	    hsc_s(k->until) };
	static const enum msg m[3] = { M_SINCE, M_DEPRECATED, M_UNTIL };
	int i, n = 0;

	snprintf(buf, size, "%s", hsc_s(k->name));
	for (i = 0; i < 3; i++) {
		if (v[i] == NULL)
			continue;
		add(buf, size, n++ ? ", " : " (");
		add(buf, size, msg(m[i], lang));
		add(buf, size, v[i]);
		add(buf, size, msg(m[i] + 1, lang));
	}
	if (n > 0)
		add(buf, size, ")");
}

/*
 * The Constants block: a table of library and constant (the current
 * name first, then the older ones, with their versions), beside the
 * label or, stacked, under it.  Where the table is too wide even
 * there, each constant goes under its library.
 */
static void
put_consts(struct out *o, int labelw, const struct hsc_code *c)
{
	const struct hsc_constant *k;
	char v[512];
	size_t i;
	int libw = 0, widest = 0, w, col, first = 1, W = o->measure;

	for (i = 0; i < CONST_MAX; i++) {
		if ((w = out_width(o, hsc_const_defs[i].label)) > libw)
			libw = w;
		for (k = first_const(c, i); k != NULL && k->name != 0; k++) {
			const_line(v, sizeof(v), k, o->lang);
			if ((w = ustr_widest(v, strlen(v), o->enc)) > widest)
				widest = w;
		}
	}
	libw += 2;
	put_label(o, M_CONSTANTS);
	col = INDENT + labelw;
	if (W > 0 && (W - col < FIELD_MIN || libw + widest > W - col)) {
		putc('\n', o->fp);
		first = 0;
		col = INDENT + STEP;
	} else
		out_spaces(o, labelw - out_width(o, msg(M_CONSTANTS,
		    o->lang)));
	for (i = 0; i < CONST_MAX; i++)
		for (k = first_const(c, i); k != NULL && k->name != 0; k++) {
			const_line(v, sizeof(v), k, o->lang);
			if (W > 0 && libw + widest > W - col) {
				/* The library, then each name under it. */
				if (k == first_const(c, i)) {
					if (!first)
						out_spaces(o, col);
					out_puts(o, hsc_const_defs[i].label);
					putc('\n', o->fp);
				}
				first = 0;
				out_para(o, v, strlen(v), col + STEP, W);
			} else {
				if (!first)
					out_spaces(o, col);
				first = 0;
				/* The library's label on its first line. */
				if (k == first_const(c, i)) {
					out_puts(o, hsc_const_defs[i].label);
					out_spaces(o, libw - out_width(o,
					    hsc_const_defs[i].label));
				} else
					out_spaces(o, libw);
				out_wrap(o, v, strlen(v), col + libw,
				    col + libw, W);
			}
			putc('\n', o->fp);
		}
}

/* Appends s to buf[0..size-1] as far as it fits. */
static void
add(char *buf, size_t size, const char *s)
{
	size_t n = strlen(buf), k = strlen(s);

	if (n + 1 >= size)
		return;
	if (k > size - n - 1)
		k = size - n - 1;
	memcpy(buf + n, s, k);
	buf[n + k] = '\0';
}

/* The field label: the strings of the list at index l, joined by sep. */
static void
put_list(struct out *o, int labelw, enum msg label, unsigned int l,
    const char *sep)
{
	char buf[2048];
	const hsc_str *p;

	if (hsc_lists[l] == 0)
		return;
	buf[0] = '\0';
	for (p = &hsc_lists[l]; *p != 0; p++) {
		if (p != &hsc_lists[l])
			add(buf, sizeof(buf), sep);
		add(buf, sizeof(buf), hsc_s(*p));
	}
	put_field(o, labelw, label, buf);
}

/* The first line of an entry: "404 Not Found", the name wrapped. */
static void
put_head(struct out *o, const struct result *r)
{
	char buf[256];
	const char *l;
	int w;

	w = put_id(o, r);
	out_puts(o, " ");
	if (r->class)
		l = codes_class(r->code)->name[o->lang];
	else
		l = text_label(r, o->lang, buf, sizeof(buf));
	out_wrap(o, l, strlen(l), w + 1 > INDENT ? w + 1 : INDENT,
	    INDENT, o->measure);
	putc('\n', o->fp);
}

/* The overview of a class: what it means, how clients treat its codes. */
static void
put_class(struct out *o, const struct result *r)
{
	const struct hsc_class *k = codes_class(r->code);

	put_head(o, r);
	put_paras(o, k->summary[o->lang], INDENT, NULL);
	putc('\n', o->fp);
	put_paras(o, k->detail[o->lang], INDENT, NULL);
}

static void
put_long(struct out *o, const struct result *r)
{
	static const enum msg labels[] = { M_ALIASES, M_KIND, M_SPEC,
	    M_SOURCES, M_HEADERS, M_CONSTANTS, M_SEE_ALSO, M_SUBSTATUS };
	const struct hsc_code *c = r->c, *s;
	const struct hsc_ref *see;
	char buf[2048], id[16];
	size_t i, n;
	int labelw = 0, w, lang = o->lang;

	if (r->class) {
		put_class(o, r);
		return;
	}
	put_head(o, r);
	if (c == NULL) {
		unassigned_summary(r, lang, buf, sizeof(buf));
		put_paras(o, buf, INDENT, NULL);
		putc('\n', o->fp);
		put_paras(o, codes_class(r->code)->detail[lang], INDENT, NULL);
		return;
	}
	put_paras(o, hsc_s(c->summary[lang]), INDENT, NULL);
	putc('\n', o->fp);
	put_paras(o, hsc_s(c->detail[lang]), INDENT, NULL);
	if (c->causes[lang] != 0) {
		putc('\n', o->fp);
		put_label(o, M_CAUSES);
		putc('\n', o->fp);
		put_paras(o, hsc_s(c->causes[lang]), INDENT, "- ");
	}
	putc('\n', o->fp);

	for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++) {
		w = out_width(o, msg(labels[i], lang));
		if (w > labelw)
			labelw = w;
	}
	labelw += 2;

	put_list(o, labelw, M_ALIASES, c->aliases, ", ");
	snprintf(buf, sizeof(buf), "%s (%s)", hsc_kind_labels[c->kind][lang],
	    origin(c, lang));
	put_field(o, labelw, M_KIND, buf);
	put_field(o, labelw, M_SPEC, hsc_s(c->spec));
	put_list(o, labelw, M_SOURCES, c->sources, " ");
	put_list(o, labelw, M_HEADERS, c->headers, ", ");
	for (i = 0; i < CONST_MAX; i++)
		if (c->consts[i] != 0) {
			put_consts(o, labelw, c);
			break;
		}
	if (hsc_refs[c->see].code >= 0) {
		buf[0] = '\0';
		for (see = &hsc_refs[c->see]; see->code >= 0; see++) {
			if ((s = codes_ref(see)) == NULL)
				continue;
			if (see != &hsc_refs[c->see])
				add(buf, sizeof(buf), ", ");
			codes_id(s, id, sizeof(id));
			snprintf(buf + strlen(buf), sizeof(buf) - strlen(buf),
			    "%s %s", id,
			    hsc_s(lang == LANG_KO ? s->name_ko : s->phrase));
		}
		put_field(o, labelw, M_SEE_ALSO, buf);
	}
	/* The IIS substatus codes of the code itself, by number. */
	if ((s = codes_own_subs(c, &n)) != NULL) {
		buf[0] = '\0';
		for (i = 0; i < n; i++) {
			if (i > 0)
				add(buf, sizeof(buf), ", ");
			codes_id(&s[i], id, sizeof(id));
			add(buf, sizeof(buf), id);
		}
		put_field(o, labelw, M_SUBSTATUS, buf);
	}
}

/*
 * Writes the results: the short view, one row per code (a class's
 * overview is for the long view), or the long view, an entry each.
 */
static void
text_results(struct out *o, const struct result *r, size_t n, int longfmt)
{
	struct short_layout l;
	size_t i;
	int *w;

	if (longfmt) {
		for (i = 0; i < n; i++) {
			if (i > 0)
				putc('\n', o->fp);
			put_long(o, &r[i]);
		}
		return;
	}
	w = xreallocarray(NULL, n + 1, sizeof(*w));
	short_layout(o, r, n, w, &l);
	for (i = 0; i < n; i++)
		if (!r[i].class)
			short_row(o, &r[i], w[i], &l, 1);
	free(w);
}

/*
 * Writes the help s (msg_help): each line a paragraph, wrapped with its
 * own indent; each "TERM<tab>TEXT" line a row whose text starts in one
 * column, two after the widest term, or, when that column leaves less
 * than FIELD_MIN or too little for a word, under its term, HELP_STEP
 * in.  At most HELP_WIDTH columns wide, pipes included: help is read.
 */
void
text_help(struct out *o, const char *s)
{
	const char *e, *tab, *p;
	int col = 0, widest = 0, w, ind, stacked, W = o->width;
	size_t n;

	if (W <= 0 || W > HELP_WIDTH)
		W = HELP_WIDTH;
	for (p = s; *p != '\0'; p = e + 1) {
		e = strchr(p, '\n');
		if ((tab = memchr(p, '\t', (size_t)(e - p))) == NULL)
			continue;
		if ((w = out_width(o, p) - out_width(o, tab)) + 2 > col)
			col = w + 2;
		n = (size_t)(e - tab - 1);
		if ((w = ustr_widest(tab + 1, n, o->enc)) > widest)
			widest = w;
	}
	stacked = W - col < FIELD_MIN || widest > W - col;
	for (p = s; *p != '\0'; p = e + 1) {
		e = strchr(p, '\n');
		for (ind = 0; p[ind] == ' '; ind++)
			continue;
		tab = memchr(p, '\t', (size_t)(e - p));
		n = (size_t)((tab != NULL ? tab : e) - p - ind);
		w = out_para(o, p + ind, n, ind, W);
		if (tab != NULL) {
			n = (size_t)(e - tab - 1);
			if (stacked) {
				putc('\n', o->fp);
				out_para(o, tab + 1, n, HELP_STEP, W);
			} else {
				out_spaces(o, col - w);
				out_wrap(o, tab + 1, n, col, col, W);
			}
		}
		putc('\n', o->fp);
	}
}

/*
 * Writes "CODE<TAB>name" for every class and every code number, one
 * line each (the meanings of a number joined by " / "): the list that
 * shell completions offer, taken from the table itself.
 */
void
text_list_codes(struct out *o)
{
	char buf[256], id[16];
	struct result r;
	size_t i;
	int d;

	for (d = 1; d <= 5; d++) {
		fprintf(o->fp, "%dxx\t", d);
		out_puts(o, hsc_classes[d - 1].name[o->lang]);
		putc('\n', o->fp);
	}
	memset(&r, 0, sizeof(r));
	for (i = 0; i < hsc_ncodes; i++) {
		r.c = &hsc_codes[i];
		r.code = r.c->code;
		if (i == 0 || hsc_codes[i - 1].code != r.code ||
		    hsc_codes[i - 1].sub != r.c->sub) {
			codes_id(r.c, id, sizeof(id));
			fprintf(o->fp, "%s%s\t", i ? "\n" : "", id);
		} else
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

/*
 * The name of a code in the tally: its first meaning (000 is no
 * response, in the table or not), or of a substatus code (sub >= 0).
 */
static const char *
count_label(struct out *o, int code, int sub, char *buf, size_t size)
{
	struct result r;
	size_t k;

	memset(&r, 0, sizeof(r));
	r.match = -1;
	r.c = sub >= 0 ? codes_find_sub(code, sub) : codes_find(code, &k);
	r.code = code;
	if (r.c == NULL && (code == 0 || sub >= 0))
		return code == 0 ? msg(M_NO_RESPONSE, o->lang) : NULL;
	return text_label(&r, o->lang, buf, size);
}

/* The widths of the columns of a tally. */
struct cols {
	int	 count;
	int	 proxy;		/* 0: no origin columns */
	int	 backend;
};

/*
 * One row of --count's table: "COUNT SHARE%  [PROXY BACKEND  ]CODE
 * NAME", the columns as w says (origin: this row's proxy and backend
 * counts are known, g and p; else "-"), the code a class's ("4xx")
 * with class, or an id in its place ("500.19", indented), or neither
 * (code -1, the total) and the name there; with a summary, the
 * summary under the name.  When the width leaves the name too little
 * room, the name goes under the code.
 */
static void
count_row(struct out *o, const struct count *c, const struct cols *w,
    unsigned long long count, int origin, unsigned long long g,
    unsigned long long p, int code, int class, const char *id,
    const char *name, const char *summary)
{
	int pre = w->count + 9, namecol;

	fprintf(o->fp, "%*llu %5.1f%%  ", w->count, count,
	    count_share(c, count));
	if (w->proxy > 0) {
		if (origin)
			fprintf(o->fp, "%*llu %*llu  ", w->proxy, g,
			    w->backend, p);
		else
			fprintf(o->fp, "%*s %*s  ", w->proxy, "-", w->backend,
			    "-");
		pre += w->proxy + w->backend + 3;
	}
	if (id != NULL) {
		/* A substatus under its code: "  500.19  name". */
		out_spaces(o, 2);
		out_puts(o, id);
		if (name != NULL) {
			out_puts(o, "  ");
			namecol = pre + 2 + (int)strlen(id) + 2;
			out_wrap(o, name, strlen(name), namecol, namecol,
			    o->width);
		}
		putc('\n', o->fp);
		return;
	}
	if (code < 0) {
		/* Too wide beside the count: a huge log, a narrow width. */
		if (o->width > 0 && pre + out_width(o, name) > o->width) {
			putc('\n', o->fp);
			out_spaces(o, INDENT);
		}
		out_puts(o, name);
		putc('\n', o->fp);
		return;
	}
	namecol = pre + 5;
	text_code(o, code, class);
	if (o->width > 0 && (o->width - namecol < COUNT_NAME_MIN ||
	    ustr_widest(name, strlen(name), o->enc) > o->width - namecol)) {
		namecol = pre;
		putc('\n', o->fp);
		out_para(o, name, strlen(name), namecol, o->width);
	} else {
		out_puts(o, "  ");
		out_wrap(o, name, strlen(name), namecol, namecol, o->width);
	}
	putc('\n', o->fp);
	if (summary != NULL) {
		out_para(o, summary, strlen(summary), namecol, o->width);
		putc('\n', o->fp);
	}
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
	int codes[600], d;
	unsigned long long cls[6], cg[6] = { 0 }, cp[6] = { 0 }, tg = 0,
	    tp = 0, g, p;
	char buf[256], prefix[8], id[16];
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
		w.proxy = digits(tg);
		w.backend = digits(tp);
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
	for (i = 0; i < n; i++) {
		g = c->generated[codes[i]];
		p = c->passed[codes[i]];
		e = codes_find(codes[i], &k);
		count_row(o, c, &w, c->n[codes[i]], g + p > 0, g, p, codes[i],
		    0, NULL, count_label(o, codes[i], -1, buf, sizeof(buf)),
		    longfmt && e != NULL ? hsc_s(e->summary[o->lang]) : NULL);
		snprintf(prefix, sizeof(prefix), "%03d.", codes[i]);
		for (k = 0; k < nsub; k++) {
			if (subs[k].len < 5 || memcmp(subs[k].key, prefix, 4) != 0)
				continue;
			snprintf(id, sizeof(id), "%d.%.*s", codes[i],
			    (int)subs[k].len - 4, subs[k].key + 4);
			count_row(o, c, &w, subs[k].count, 0, 0, 0, codes[i], 0,
			    id, count_label(o, codes[i], atoi(subs[k].key + 4),
			    buf, sizeof(buf)), NULL);
		}
	}
	free(subs);
	putc('\n', o->fp);
	for (d = 1; d <= 6; d++) {
		if (cls[d % 6] == 0)
			continue;
		count_row(o, c, &w, cls[d % 6], cg[d % 6] + cp[d % 6] > 0,
		    cg[d % 6], cp[d % 6], d == 6 ? 0 : d * 100, d != 6, NULL,
		    d == 6 ? count_label(o, 0, -1, buf, sizeof(buf)) :
		    hsc_classes[d - 1].name[o->lang], NULL);
	}
	count_row(o, c, &w, c->total, 1, tg, tp, -1, 0, NULL,
	    msg(M_TOTAL, o->lang), NULL);
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
		count_row(o, c, &w, cn, 0, 0, 0, codes[i], 0, NULL,
		    count_label(o, codes[i], -1, buf, sizeof(buf)), NULL);
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

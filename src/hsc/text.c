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

static const char	*origin(const struct hsc_code *, int);
static const char	*tag(const struct hsc_code *, int);
static int		 name_width(const struct out *, const struct result *);
static int		 put_name(struct out *, const struct result *, int);
static void		 put_paras(struct out *, const char *, int,
			    const char *);
static void		 put_short(struct out *, const struct result *, int,
			    int);
static void		 put_subs(struct out *, int, int);
static void		 put_long(struct out *, const struct result *);
static void		 put_field(struct out *, int, enum msg, const char *);
static void		 unassigned_summary(const struct result *, int,
			    char *, size_t);
static void		 text_code(struct out *, int, int);
static void		 text_results(struct out *, const struct result *,
			    size_t, int);
static void		 text_count(struct out *, const struct count *, int);

const struct formatter text_formatter = { text_results, text_count };

/* Who uses a code, in a language. */
static const char *
origin(const struct hsc_code *c, int lang)
{
	return lang == LANG_KO && c->origin_ko != NULL ? c->origin_ko :
	    c->origin;
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
	ph = r->c->phrase;
	paren = ph[0] != '(' || ph[strlen(ph) - 1] != ')';
	if (lang == LANG_KO) {
		parts[np++] = r->c->name_ko;
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
	text_code(o, r->code, 0);
	if (r->c == NULL || r->c->sub < 0)
		return 3;
	return 3 + fprintf(o->fp, ".%d", r->c->sub);
}

/* The width of a result's number: 3, or more for "500.19". */
static int
id_width(const struct result *r)
{
	char buf[16];

	return r->c != NULL ? codes_id(r->c, buf, sizeof(buf)) : 3;
}

/*
 * After a code asked for by number: "IIS substatus codes: 500.0 500.11
 * … (one of them: hsc 500.0)", indented as a summary under its name
 * (a summary below a 3-digit code's name starts a column before it).
 */
static void
put_subs(struct out *o, int code, int indent)
{
	const struct hsc_code *s;
	char id[16], first[16];
	size_t i, n;
	int col;

	if ((s = codes_subs(code, &n)) == NULL)
		return;
	out_spaces(o, indent);
	col = out_wrap(o, msg(M_SUBS, o->lang), strlen(msg(M_SUBS, o->lang)),
	    indent, indent);
	for (i = 0; i < n; i++) {
		codes_id(&s[i], id, sizeof(id));
		if (i == 0)
			memcpy(first, id, sizeof(id));
		else
			col = out_wrap(o, " ", 1, col, indent);
		col = out_wrap(o, id, strlen(id), col, indent);
	}
	col = out_wrap(o, msg(M_SUBS_HINT, o->lang),
	    strlen(msg(M_SUBS_HINT, o->lang)), col, indent);
	col = out_wrap(o, first, strlen(first), col, indent);
	out_wrap(o, ")", 1, col, indent);
	putc('\n', o->fp);
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
put_short(struct out *o, const struct result *r, int idw, int namew)
{
	char buf[512], label[256];
	const char *summary, *name;
	int w, col, pad, nc;

	if (r->c != NULL)
		summary = r->c->summary[o->lang];
	else {
		unassigned_summary(r, o->lang, buf, sizeof(buf));
		summary = buf;
	}
	/* The numbers in a column as wide as the widest, "500.19". */
	out_spaces(o, idw - put_id(o, r));
	out_puts(o, "  ");
	nc = idw + 2;
	name = text_label(r, o->lang, label, sizeof(label));
	w = out_width(o, name);
	col = out_wrap(o, name, strlen(name), nc, nc);
	pad = namew > w ? namew - w : 0;
	/* A name wrapped, or too little room beside it: summary below. */
	if (o->width > 0 && (col != nc + w ||
	    o->width - col - pad - 2 < SUMMARY_MIN)) {
		putc('\n', o->fp);
		out_spaces(o, nc);
		col = nc;
	} else {
		out_spaces(o, pad + 2);
		col += pad + 2;
	}
	out_wrap(o, summary, strlen(summary), col, col);
	putc('\n', o->fp);
	if (r->subs)
		put_subs(o, r->code, nc);
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

/*
 * "HttpStatus.PAYLOAD_TOO_LARGE (deprecated in 7.0)": a constant with
 * the versions of its library it holds for.
 */
static void
const_line(char *buf, size_t size, const struct hsc_constant *k, int lang)
{
	const char *v[3] = { k->since, k->deprecated, k->until };
	static const enum msg m[3] = { M_SINCE, M_DEPRECATED, M_UNTIL };
	int i, n = 0;

	snprintf(buf, size, "%s", k->name);
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

static void
put_long(struct out *o, const struct result *r)
{
	static const enum msg labels[] = { M_ALIASES, M_KIND, M_SPEC,
	    M_SOURCES, M_HEADERS, M_CONSTANTS, M_SEE_ALSO, M_SUBSTATUS };
	const struct hsc_code *c = r->c, *s;
	const struct hsc_constant *k;
	const char *const *p, *l;
	const struct hsc_ref *see;
	char buf[2048], id[16];
	size_t i, n;
	int labelw = 0, w, cw, lang = o->lang;

	w = put_id(o, r);
	out_puts(o, " ");
	put_name(o, r, w + 1);
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
	    origin(c, lang));
	put_field(o, labelw, M_KIND, buf);
	put_field(o, labelw, M_SPEC, c->spec);
	for (p = c->sources; *p != NULL; p++)
		if (p == c->sources)
			put_field(o, labelw, M_SOURCES, *p);
		else {
			out_spaces(o, INDENT + labelw);
			out_wrap(o, *p, strlen(*p), INDENT + labelw,
			    INDENT + labelw);
			putc('\n', o->fp);
		}
	if (c->headers[0] != NULL) {
		buf[0] = '\0';
		for (p = c->headers; *p != NULL; p++) {
			if (p != c->headers)
				add(buf, sizeof(buf), ", ");
			add(buf, sizeof(buf), *p);
		}
		put_field(o, labelw, M_HEADERS, buf);
	}
	/* The libraries' labels, ASCII: as wide as they are long. */
	for (i = 0, cw = 0; i < CONST_MAX; i++)
		if ((int)strlen(hsc_const_defs[i].label) + 2 > cw)
			cw = (int)strlen(hsc_const_defs[i].label) + 2;
	for (i = 0, n = 0; i < CONST_MAX; i++) {
		if (c->consts[i] == NULL)
			continue;
		for (k = c->consts[i]; k->name != NULL; k++) {
			const_line(buf, sizeof(buf), k, lang);
			if (n++ == 0) {
				out_spaces(o, INDENT);
				out_sgr(o, "1");
				out_puts(o, msg(M_CONSTANTS, lang));
				out_sgr(o, "0");
				out_spaces(o, labelw -
				    out_width(o, msg(M_CONSTANTS, lang)));
			} else
				out_spaces(o, INDENT + labelw);
			l = k == c->consts[i] ? hsc_const_defs[i].label : "";
			out_puts(o, l);
			out_spaces(o, cw - (int)strlen(l));
			/* A long line goes on under the name, not the label. */
			out_wrap(o, buf, strlen(buf), INDENT + labelw + cw,
			    INDENT + labelw + cw);
			putc('\n', o->fp);
		}
	}
	if (c->see[0].code >= 0) {
		buf[0] = '\0';
		for (see = c->see; see->code >= 0; see++) {
			if ((s = codes_ref(see)) == NULL)
				continue;
			if (see != c->see)
				add(buf, sizeof(buf), ", ");
			codes_id(s, id, sizeof(id));
			snprintf(buf + strlen(buf), sizeof(buf) - strlen(buf),
			    "%s %s", id,
			    lang == LANG_KO ? s->name_ko : s->phrase);
		}
		put_field(o, labelw, M_SEE_ALSO, buf);
	}
	/* The IIS substatus codes of the code itself, by number. */
	if (c->sub < 0 && c == codes_find(c->code, &n) &&
	    (s = codes_subs(c->code, &n)) != NULL) {
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

/* Writes the results, short or long. */
static void
text_results(struct out *o, const struct result *r, size_t n, int longfmt)
{
	size_t i;
	int w, namew = 0, idw = 3;

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
		if (id_width(&r[i]) > idw)
			idw = id_width(&r[i]);
	}
	for (i = 0; i < n; i++)
		put_short(o, &r[i], idw, namew);
}

/*
 * Writes "CODE<TAB>name" for every class and every code number, one
 * line each (the meanings of a number joined by " / "), IIS substatus
 * codes after their code ("500.19"), 000 first and 999 last: the list
 * that shell completions offer, taken from the table itself.
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
	for (i = 0; i < hsc_ncodes; i++) {
		r.c = &hsc_codes[i];
		r.code = r.c->code;
		r.subs = 0;
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
		r.subs = 0;
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

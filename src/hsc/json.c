/*
 * The JSON formatter: one array, one object per entry in a fixed key
 * order, always UTF-8 whatever the locale (RFC 8259 §8.1), both
 * languages in every object.  The schema is documented in README.md.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"
#include "logfmt.h"
#include "out.h"
#include "query.h"
#include "table.h"
#include "timeline.h"
#include "topn.h"
#include "xalloc.h"

static void	 json_chars(FILE *, const char *, size_t);
static void	 json_or_null(FILE *, hsc_str);
static void	 json_list(FILE *, unsigned int);
static void	 json_table_texts(FILE *, const hsc_str *, int);
static void	 json_texts(FILE *, const char *const *, int);
static void	 json_entry(FILE *, const struct hsc_code *, int);
static void	 json_results(struct out *, const struct result *, size_t,
		    int);
static void	 json_count(struct out *, const struct count *, int);

const struct formatter json_formatter = { json_results, json_count };

/*
 * Writes s[0..n-1] escaped for a JSON string: quote and backslash, the
 * short escapes for \b \f \n \r \t, other controls and DEL as \u00XX,
 * everything else as the UTF-8 it is.
 */
static void
json_chars(FILE *fp, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	/* The bytes that need an escape: controls, DEL, quote, backslash. */
	static const unsigned char esc[256] = {
		[0x00] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
		[0x10] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
		['"'] = 1, ['\\'] = 1, [0x7f] = 1,
	};
	const unsigned char *u = (const unsigned char *)s;
	size_t i, run;

	for (i = 0; i < n; i++) {
		/* Write what needs no escape in one go. */
		for (run = i; run < n && !esc[u[run]]; run++)
			continue;
		if (run > i) {
			fwrite(u + i, 1, run - i, fp);
			if ((i = run) == n)
				break;
		}
		switch (u[i]) {
		case '"':
			fputs("\\\"", fp);
			break;
		case '\\':
			fputs("\\\\", fp);
			break;
		case '\b':
			fputs("\\b", fp);
			break;
		case '\f':
			fputs("\\f", fp);
			break;
		case '\n':
			fputs("\\n", fp);
			break;
		case '\r':
			fputs("\\r", fp);
			break;
		case '\t':
			fputs("\\t", fp);
			break;
		default:
			fprintf(fp, "\\u00%c%c", hex[u[i] >> 4], hex[u[i] & 0xf]);
		}
	}
}

void
json_string(FILE *fp, const char *s, size_t n)
{
	putc('"', fp);
	json_chars(fp, s, n);
	putc('"', fp);
}

/* A string, or null for NULL. */
static void
json_or_null(FILE *fp, hsc_str off)
{
	if (off == 0)
		fputs("null", fp);
	else
		json_string(fp, hsc_s(off), strlen(hsc_s(off)));
}

/* Writes a list of the table (an index into hsc_lists) as an array. */
static void
json_list(FILE *fp, unsigned int list)
{
	const hsc_str *p;

	putc('[', fp);
	for (p = &hsc_lists[list]; *p != 0; p++) {
		json_string(fp, hsc_s(*p), strlen(hsc_s(*p)));
		if (p[1] != 0)
			putc(',', fp);
	}
	putc(']', fp);
}

/* Writes {"en":…,"ko":…} of strings of the table, "" for none. */
static void
json_table_texts(FILE *fp, const hsc_str *t, int array)
{
	const char *s[LANG_MAX];
	int l;

	for (l = 0; l < LANG_MAX; l++)
		s[l] = t[l] != 0 ? hsc_s(t[l]) : "";
	json_texts(fp, s, array);
}

/*
 * Writes {"en":…,"ko":…} from texts whose parts are split by '\n':
 * each as one string with a blank line between paragraphs, or as an
 * array of its parts.
 */
static void
json_texts(FILE *fp, const char *const *t, int array)
{
	const char *s, *e;
	int l;

	putc('{', fp);
	for (l = 0; l < LANG_MAX; l++) {
		fprintf(fp, "%s\"%s\":%c", l ? "," : "", hsc_lang_codes[l],
		    array ? '[' : '"');
		for (s = t[l]; *s != '\0'; s = *e == '\0' ? e : e + 1) {
			e = strchr(s, '\n');
			if (e == NULL)
				e = s + strlen(s);
			if (s != t[l])
				fputs(array ? "," : "\\n\\n", fp);
			if (array)
				json_string(fp, s, (size_t)(e - s));
			else
				json_chars(fp, s, (size_t)(e - s));
		}
		putc(array ? ']' : '"', fp);
	}
	putc('}', fp);
}

/* Where a search matched, as the "match" key says it. */
static const char *const match_names[KEY_MAX] = {
	[KEY_NAME] = "name", [KEY_SUMMARY] = "summary",
	[KEY_CAUSES] = "causes", [KEY_DETAIL] = "detail",
};

static void
json_entry(FILE *fp, const struct hsc_code *c, int match)
{
	const char *names[LANG_MAX];
	const struct hsc_ref *s;
	const struct hsc_constant *k;
	const struct hsc_code *sub;
	char id[16];
	size_t n, j;
	int i, first;

	fprintf(fp, "{\"code\":%d,\"phrase\":", c->code);
	json_string(fp, hsc_s(c->phrase), strlen(hsc_s(c->phrase)));
	fputs(",\"aliases\":", fp);
	json_list(fp, c->aliases);
	names[LANG_EN] = hsc_s(c->phrase);
	names[LANG_KO] = hsc_s(c->name_ko);
	fputs(",\"name\":", fp);
	json_texts(fp, names, 0);
	/* 000 and 999 are in no class. */
	if (c->code >= 100 && c->code <= 599)
		fprintf(fp, ",\"class\":\"%dxx\"", c->code / 100);
	else
		fputs(",\"class\":null", fp);
	fprintf(fp, ",\"kind\":\"%s\",\"official\":%s,\"origin\":",
	    hsc_kind_names[c->kind], c->kind == KIND_UNOFFICIAL ||
	    c->kind == KIND_PSEUDO ? "false" : "true");
	json_string(fp, hsc_s(c->origin), strlen(hsc_s(c->origin)));
	fputs(",\"spec\":", fp);
	json_string(fp, hsc_s(c->spec), strlen(hsc_s(c->spec)));
	/* The codes among the references; see_also_ids has them all. */
	fputs(",\"see_also\":[", fp);
	for (s = &hsc_refs[c->see], first = 1; s->code >= 0; s++)
		if (s->sub < 0) {
			fprintf(fp, "%s%d", first ? "" : ",", s->code);
			first = 0;
		}
	fputs("],\"headers\":", fp);
	json_list(fp, c->headers);
	fputs(",\"summary\":", fp);
	json_table_texts(fp, c->summary, 0);
	fputs(",\"detail\":", fp);
	json_table_texts(fp, c->detail, 0);
	fputs(",\"causes\":", fp);
	json_table_texts(fp, c->causes, 1);
	/* The current names, then every name with its versions. */
	fputs(",\"constants\":{", fp);
	for (i = 0, first = 1; i < CONST_MAX; i++) {
		if (c->consts[i] == 0)
			continue;
		k = &hsc_consts[c->consts[i]];
		fprintf(fp, "%s\"%s\":", first ? "" : ",",
		    hsc_const_defs[i].key);
		json_string(fp, hsc_s(k->name), strlen(hsc_s(k->name)));
		first = 0;
	}
	fputs("},\"constant_versions\":{", fp);
	for (i = 0, first = 1; i < CONST_MAX; i++) {
		if (c->consts[i] == 0)
			continue;
		fprintf(fp, "%s\"%s\":[", first ? "" : ",",
		    hsc_const_defs[i].key);
		for (k = &hsc_consts[c->consts[i]]; k->name != 0; k++) {
			fputs(k == &hsc_consts[c->consts[i]] ? "{\"name\":" :
			    ",{\"name\":", fp);
			json_string(fp, hsc_s(k->name), strlen(hsc_s(k->name)));
			fputs(",\"since\":", fp);
			json_or_null(fp, k->since);
			fputs(",\"until\":", fp);
			json_or_null(fp, k->until);
			fputs(",\"deprecated\":", fp);
			json_or_null(fp, k->deprecated);
			putc('}', fp);
		}
		putc(']', fp);
		first = 0;
	}
	/* Its number as text, its IIS substatus codes, what it rests on. */
	codes_id(c, id, sizeof(id));
	fprintf(fp, "},\"id\":\"%s\",\"substatus\":", id);
	if (c->sub >= 0)
		fprintf(fp, "%d", c->sub);
	else
		fputs("null", fp);
	fputs(",\"substatuses\":[", fp);
	if ((sub = codes_own_subs(c, &n)) != NULL)
		for (j = 0; j < n; j++) {
			codes_id(&sub[j], id, sizeof(id));
			fprintf(fp, "%s\"%s\"", j ? "," : "", id);
		}
	fputs("],\"see_also_ids\":[", fp);
	for (s = &hsc_refs[c->see]; s->code >= 0; s++) {
		if (s->sub >= 0)
			snprintf(id, sizeof(id), "%03d.%d", s->code, s->sub);
		else
			snprintf(id, sizeof(id), "%03d", s->code);
		fprintf(fp, "%s\"%s\"", s == &hsc_refs[c->see] ? "" : ",",
		    id);
	}
	fputs("],\"sources\":", fp);
	json_list(fp, c->sources);
	if (match >= 0 && match < KEY_MAX)
		fprintf(fp, ",\"match\":\"%s\"}", match_names[match]);
	else
		fputs(",\"match\":null}", fp);
}

/*
 * Writes the entries among the results as one JSON array, always
 * UTF-8, whatever the language and the width.
 */
static void
json_results(struct out *o, const struct result *r, size_t n, int longfmt)
{
	FILE *fp = o->fp;
	size_t i;
	int first = 1;

	putc('[', fp);
	for (i = 0; i < n; i++) {
		if (r[i].c == NULL)
			continue;
		fputs(first ? "\n" : ",\n", fp);
		json_entry(fp, r[i].c, r[i].match);
		first = 0;
	}
	fputs(first ? "]\n" : "\n]\n", fp);
	(void)longfmt;		/* JSON holds every text already */
}

/* Writes ,"generated":G,"passed":P, or nulls where no line said. */
static void
json_origin(FILE *fp, int known, unsigned long long g,
    unsigned long long p)
{
	if (known)
		fprintf(fp, ",\"generated\":%llu,\"passed\":%llu", g, p);
	else
		fputs(",\"generated\":null,\"passed\":null", fp);
}

/* The codes array: a row per code, its substatus rows in it. */
static void
json_codes(FILE *fp, const struct count *c, const int *codes, size_t n)
{
	struct topn_row *subs = NULL;
	const struct hsc_code *e, *se;
	char prefix[8];
	size_t i, k, j, nsub = 0;
	int first;

	if (c->sub != NULL) {
		subs = xreallocarray(NULL, topn_size(c->sub), sizeof(*subs));
		nsub = topn_rows(c->sub, subs, topn_size(c->sub));
	}
	for (i = 0; i < n; i++) {
		e = codes_find(codes[i], &k);
		fprintf(fp, "%s\n{\"code\":%d,\"count\":%llu,\"share\":%.4f,"
		    "\"phrase\":", i ? "," : "", codes[i], c->n[codes[i]],
		    count_share(c, c->n[codes[i]]) / 100.0);
		if (e != NULL)
			json_string(fp, hsc_s(e->phrase), strlen(hsc_s(e->phrase)));
		else
			fputs("null", fp);
		if (codes[i] == 0)
			fputs(",\"class\":\"000\",\"kind\":", fp);
		else
			fprintf(fp, ",\"class\":\"%dxx\",\"kind\":",
			    codes[i] / 100);
		if (e != NULL)
			fprintf(fp, "\"%s\"", hsc_kind_names[e->kind]);
		else
			fputs("null", fp);
		json_origin(fp, c->generated[codes[i]] + c->passed[codes[i]] >
		    0, c->generated[codes[i]], c->passed[codes[i]]);
		fputs(",\"substatus\":[", fp);
		snprintf(prefix, sizeof(prefix), "%03d.", codes[i]);
		for (first = 1, j = 0; j < nsub; j++) {
			if (subs[j].len < 5 || memcmp(subs[j].key, prefix, 4) != 0)
				continue;
			fprintf(fp, "%s{\"substatus\":%.*s,\"count\":%llu,"
			    "\"phrase\":", first ? "" : ",",
			    (int)subs[j].len - 4, subs[j].key + 4,
			    subs[j].count);
			if ((se = codes_find_sub(codes[i],
			    atoi(subs[j].key + 4))) != NULL)
				json_string(fp, hsc_s(se->phrase), strlen(hsc_s(se->phrase)));
			else
				fputs("null", fp);
			putc('}', fp);
			first = 0;
		}
		fputs("]}", fp);
	}
	free(subs);
}

/* "by": per code, its top values of the dimension. */
static void
json_by(FILE *fp, const struct count *c, const int *codes, size_t n)
{
	struct topn_row *rows;
	unsigned long long shown;
	size_t i, k, nr;
	int first = 1;

	rows = xreallocarray(NULL, (size_t)c->opt->top, sizeof(*rows));
	fprintf(fp, ",\"by\":{\"dimension\":\"%s\",\"top\":%d,\"groups\":[",
	    logfmt_dims[c->opt->by], c->opt->top);
	for (i = 0; i < n; i++) {
		if (c->by[codes[i]] == NULL)
			continue;
		nr = topn_rows(c->by[codes[i]], rows, (size_t)c->opt->top);
		fprintf(fp, "%s\n{\"code\":%d,\"count\":%llu,\"approximate\":%s,"
		    "\"values\":[", first ? "" : ",", codes[i], c->n[codes[i]],
		    topn_approx(c->by[codes[i]]) ? "true" : "false");
		first = 0;
		for (shown = 0, k = 0; k < nr; k++) {
			fputs(k ? "," : "", fp);
			fputs("{\"value\":", fp);
			json_string(fp, rows[k].key, rows[k].len);
			fprintf(fp, ",\"count\":%llu,\"share\":%.4f,"
			    "\"error\":%llu}", rows[k].count,
			    (double)rows[k].count / (double)c->n[codes[i]],
			    rows[k].err);
			shown += rows[k].count;
		}
		fprintf(fp, "],\"others\":%llu}", shown < c->n[codes[i]] ?
		    c->n[codes[i]] - shown : 0);
	}
	fputs(first ? "]}" : "\n]}", fp);
	free(rows);
}

/* Writes the time t in the offset tz as RFC 3339: 2026-11-21T03:10:00+09:00. */
static void
json_time(FILE *fp, long long t, int tz)
{
	char buf[40];
	int a = tz < 0 ? -tz : tz;

	logfmt_when(t, tz, 1, buf, sizeof(buf));
	buf[10] = 'T';
	fprintf(fp, "\"%s%c%02d:%02d\"", buf, tz < 0 ? '-' : '+', a / 60,
	    a % 60);
}

/*
 * "timeline": the bucket length in seconds, the offset, the series,
 * the lines without a time, and a row per bucket, from the first count
 * to the last.
 */
static void
json_timeline(FILE *fp, const struct count *c)
{
	struct tl_view v;
	const struct countopts *opt = c->opt;
	size_t b;
	int s, a = c->tz < 0 ? -c->tz : c->tz;

	tl_view(&c->tl, opt->bucket > 0 ? opt->bucket : tl_pick(&c->tl, 0,
	    60), c->tz, &v);
	fprintf(fp, ",\"timeline\":{\"bucket\":%lld,\"offset\":\"%c%02d:%02d\","
	    "\"untimed\":%llu,\"series\":[", v.unit, c->tz < 0 ? '-' : '+',
	    a / 60, a % 60, c->untimed);
	for (s = 0; s < v.nseries; s++) {
		fputs(s ? "," : "", fp);
		if (opt->nonly > 0 || opt->only_none)
			json_string(fp, s < opt->nonly ? opt->only[s].text :
			    "000", s < opt->nonly ?
			    strlen(opt->only[s].text) : 3);
		else if (s == 0)
			fputs("\"000\"", fp);
		else
			fprintf(fp, "\"%dxx\"", s);
	}
	fputs("],\"buckets\":[", fp);
	for (b = 0; b < v.n; b++) {
		fputs(b ? ",\n{\"start\":" : "\n{\"start\":", fp);
		json_time(fp, v.start + (long long)b * v.unit, c->tz);
		fputs(",\"counts\":[", fp);
		for (s = 0; s < v.nseries; s++)
			fprintf(fp, "%s%llu", s ? "," : "",
			    v.v[b * (size_t)v.nseries + (size_t)s]);
		fputs("]}", fp);
	}
	fputs(v.n ? "\n]}" : "]}", fp);
	tl_view_free(&v);
}

/*
 * {"total":N,"skipped":M,"codes":[…],"classes":[…],"formats":{…}},
 * with "by" and "timeline" when asked for.  The schema is in README.md.
 */
static void
json_count(struct out *o, const struct count *c, int longfmt)
{
	FILE *fp = o->fp;
	int codes[600], d, k, first = 1;
	unsigned long long cls[6], cg[6] = { 0 }, cp[6] = { 0 };
	size_t n, i;

	(void)longfmt;
	n = count_ranked(c, codes);
	count_classes(c, cls);
	for (i = 0; i < n; i++) {
		cg[codes[i] / 100] += c->generated[codes[i]];
		cp[codes[i] / 100] += c->passed[codes[i]];
	}
	fprintf(fp, "{\"total\":%llu,\"skipped\":%llu,\"codes\":[", c->total,
	    c->skipped);
	json_codes(fp, c, codes, n);
	fputs(n ? "\n],\"classes\":[" : "],\"classes\":[", fp);
	for (k = 1; k <= 6; k++) {
		d = k % 6;
		if (cls[d] == 0)
			continue;
		if (d == 0)
			fprintf(fp, "%s\n{\"class\":\"000\"", first ? "" : ",");
		else
			fprintf(fp, "%s\n{\"class\":\"%dxx\"", first ? "" : ",",
			    d);
		fprintf(fp, ",\"count\":%llu,\"share\":%.4f", cls[d],
		    count_share(c, cls[d]) / 100.0);
		json_origin(fp, cg[d] + cp[d] > 0, cg[d], cp[d]);
		putc('}', fp);
		first = 0;
	}
	fputs(first ? "],\"formats\":{" : "\n],\"formats\":{", fp);
	for (first = 1, k = 0; k < LF_MAX; k++)
		if (c->formats[k] > 0) {
			fprintf(fp, "%s\"%s\":%llu", first ? "" : ",",
			    logfmt_names[k], c->formats[k]);
			first = 0;
		}
	putc('}', fp);
	if (c->opt->by != DIM_NONE)
		json_by(fp, c, codes, n);
	if (c->opt->timeline)
		json_timeline(fp, c);
	fputs("}\n", fp);
}

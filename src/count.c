/*
 * hsc --count: reads lines, finds the status code in each (a bare code,
 * the field after the quoted request of the common and combined log
 * formats, or a chosen field), and prints the mix, most frequent first.
 * Input is read in large blocks and parsed in place: no allocation per
 * line, and a line longer than the block makes the block grow once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codes.h"
#include "count.h"
#include "msg.h"
#include "out.h"
#include "ustr.h"

#define BLOCK	(256 * 1024)

static int
code3(const char *s)
{
	int v;

	if (s[0] < '1' || s[0] > '5' || s[1] < '0' || s[1] > '9' ||
	    s[2] < '0' || s[2] > '9')
		return -1;
	v = (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
	return v;
}

static int
is_blank(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/*
 * The status code in the line s[0..n-1] (no newline), or -1.  With
 * field > 0, the field-th blank-separated field must be a code.  Else a
 * line that is only a code is that code, and a log line's code is the
 * first field after the quoted request: a quote, a space, three digits,
 * then a space or the end.  Requests may hold quotes and spaces.
 */
int
count_line(const char *s, size_t n, int field)
{
	const char *e = s + n, *q, *b;
	int f;

	if (field > 0) {
		for (f = 0; s < e; s = b) {
			while (s < e && is_blank((unsigned char)*s))
				s++;
			if (s == e)
				break;
			for (b = s; b < e && !is_blank((unsigned char)*b); b++)
				continue;
			if (++f == field)
				return b - s == 3 ? code3(s) : -1;
		}
		return -1;
	}
	while (n > 0 && is_blank((unsigned char)s[n - 1]))
		n--;
	while (n > 0 && is_blank((unsigned char)*s))
		s++, n--;
	if (n == 3)
		return code3(s);
	e = s + n;
	if ((q = memchr(s, '"', n)) == NULL)
		return -1;
	for (q++; (q = memchr(q, '"', (size_t)(e - q))) != NULL; q++)
		if (e - q >= 5 && q[1] == ' ' && (e - q == 5 || q[5] == ' ') &&
		    code3(q + 2) > 0)
			return code3(q + 2);
	return -1;
}

void
count_init(struct count *c, int field)
{
	memset(c, 0, sizeof(*c));
	c->field = field;
	c->cap = BLOCK;
	c->buf = xmalloc(c->cap);
}

void
count_free(struct count *c)
{
	free(c->buf);
	free(c->first_file);
}

/* Tallies one line; blank lines are not data and count for nothing. */
static void
tally(struct count *c, const char *s, size_t n, unsigned long long line,
    const char *name)
{
	int code = count_line(s, n, c->field);
	size_t i;

	if (code < 0) {
		for (i = 0; i < n && is_blank((unsigned char)s[i]); i++)
			continue;
		if (i == n)
			return;
	}

	if (code > 0) {
		c->n[code]++;
		c->total++;
		return;
	}
	if (c->skipped++ == 0) {
		c->first_skipped = line;
		c->first_file = xstrdup(name);
	}
}

/*
 * Tallies every line of fp.  Returns 0, or -1 with errno set on a read
 * error.
 */
int
count_stream(struct count *c, FILE *fp, const char *name)
{
	unsigned long long line = 0;
	size_t have = 0, got;
	char *s, *nl, *end;

	for (;;) {
		if (have == c->cap) {
			c->cap *= 2;
			c->buf = xrealloc(c->buf, c->cap);
		}
		got = fread(c->buf + have, 1, c->cap - have, fp);
		if (got == 0)
			break;
		end = c->buf + have + got;
		for (s = c->buf; (nl = memchr(s, '\n', (size_t)(end - s)));
		    s = nl + 1)
			tally(c, s, (size_t)(nl - s), ++line, name);
		have = (size_t)(end - s);
		memmove(c->buf, s, have);
	}
	if (have > 0)
		tally(c, c->buf, have, ++line, name);
	return ferror(fp) ? -1 : 0;
}

/* Codes with a count, most frequent first, ties by code. */
static size_t
ranked(const struct count *c, int *codes)
{
	size_t n = 0, i, j;
	int t;

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

static double
share(const struct count *c, unsigned long long n)
{
	return c->total ? 100.0 * (double)n / (double)c->total : 0.0;
}

/*
 * The table: count, share, code, name; then a line per class and the
 * total.  With longfmt, each code's summary under it.
 */
void
count_text(struct out *o, const struct count *c, int longfmt)
{
	int codes[500], cw, d;
	unsigned long long cls[6] = { 0 };
	char num[32], buf[256];
	struct result r;
	const char *summary;
	size_t n, i, k;

	n = ranked(c, codes);
	cw = snprintf(num, sizeof(num), "%llu", c->total);
	for (i = 0; i < n; i++) {
		cls[codes[i] / 100] += c->n[codes[i]];
		fprintf(o->fp, "%*llu %5.1f%%  ", cw, c->n[codes[i]],
		    share(c, c->n[codes[i]]));
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
		fprintf(o->fp, "%*llu %5.1f%%  ", cw, cls[d], share(c, cls[d]));
		text_code(o, d * 100, 1);
		out_puts(o, "  ");
		out_puts(o, hsc_classes[d - 1].name[o->lang]);
		putc('\n', o->fp);
	}
	fprintf(o->fp, "%*llu %5.1f%%  ", cw, c->total, 100.0);
	out_puts(o, msg(M_TOTAL, o->lang));
	putc('\n', o->fp);
}

/* {"total":N,"skipped":M,"codes":[…],"classes":[…]} */
void
count_json(FILE *fp, const struct count *c)
{
	int codes[500], d;
	unsigned long long cls[6] = { 0 };
	const struct hsc_code *e;
	size_t n, i, k;
	int first = 1;

	n = ranked(c, codes);
	fprintf(fp, "{\"total\":%llu,\"skipped\":%llu,\"codes\":[", c->total,
	    c->skipped);
	for (i = 0; i < n; i++) {
		e = codes_find(codes[i], &k);
		cls[codes[i] / 100] += c->n[codes[i]];
		fprintf(fp, "%s\n{\"code\":%d,\"count\":%llu,\"share\":%.4f,"
		    "\"phrase\":", i ? "," : "", codes[i], c->n[codes[i]],
		    share(c, c->n[codes[i]]) / 100.0);
		if (e != NULL)
			json_string(fp, e->phrase, strlen(e->phrase));
		else
			fputs("null", fp);
		fprintf(fp, ",\"class\":\"%dxx\",\"kind\":", codes[i] / 100);
		if (e != NULL)
			fprintf(fp, "\"%s\"", hsc_kind_names[e->kind]);
		else
			fputs("null", fp);
		fputs("}", fp);
	}
	fputs(n ? "\n],\"classes\":[" : "],\"classes\":[", fp);
	for (d = 1; d <= 5; d++) {
		if (cls[d] == 0)
			continue;
		fprintf(fp, "%s\n{\"class\":\"%dxx\",\"count\":%llu,"
		    "\"share\":%.4f}", first ? "" : ",", d, cls[d],
		    share(c, cls[d]) / 100.0);
		first = 0;
	}
	fputs(first ? "]}\n" : "\n]}\n", fp);
}

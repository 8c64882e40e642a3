/*
 * hsc --count: reads lines, finds the status code in each (a bare code,
 * the field after the quoted request of the common and combined log
 * formats, or a chosen field), and tallies them; the formatters show
 * the tally.
 * Input is read in large blocks and parsed in place: no allocation per
 * line, and a line longer than the block makes the block grow once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "count.h"
#include "word.h"
#include "xalloc.h"

#define BLOCK	(256 * 1024)

/* A code of 100-599 at s[0..2], or -1. */
static int
code3(const char *s)
{
	int v = word_code3(s, 3);

	return v >= 100 && v <= 599 ? v : -1;
}

#define is_blank(c)	word_blank_byte(c)

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

/*
 * Fills codes (room for 500) with the codes that have a count, most
 * frequent first, ties by code; returns how many.
 */
size_t
count_ranked(const struct count *c, int *codes)
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

/* The share of n in the total, in percent. */
double
count_share(const struct count *c, unsigned long long n)
{
	return c->total ? 100.0 * (double)n / (double)c->total : 0.0;
}

/* Sums the counts of each class into cls[1..5]. */
void
count_classes(const struct count *c, unsigned long long cls[6])
{
	int i;

	memset(cls, 0, 6 * sizeof(*cls));
	for (i = 100; i < 600; i++)
		cls[i / 100] += c->n[i];
}

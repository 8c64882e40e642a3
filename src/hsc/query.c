/*
 * Classifying arguments, and answering them.  An argument is checked
 * and normalised first (UTF-8, NFKC, blanks trimmed), so full-width
 * digits are plain ones here and "404\r" is 404.  Only text made of
 * digits, 'x' and a dash can be an error; anything else is words to
 * search.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "out.h"
#include "query.h"
#include "search.h"
#include "table.h"
#include "ustr.h"
#include "word.h"
#include "xalloc.h"

#define DIGITS	"0123456789"

static int	 all_of(const char *, size_t, const char *);
static int	 number(const char *, size_t);
static int	 bad(struct hsc_error *, enum diag, const char *, size_t);

static int
all_of(const char *s, size_t n, const char *set)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] == '\0' || strchr(set, s[i]) == NULL)
			return 0;
	return n > 0;
}

/* The value of a three-digit code 100-599, or -1. */
static int
number(const char *s, size_t n)
{
	int v = word_code3(s, n);

	return v >= 100 && v <= 599 ? v : -1;
}

/* Whether s[0..*n-1] ends with suffix; if so, *n loses it. */
static int
cut(const char *s, size_t *n, const char *suffix)
{
	size_t k = strlen(suffix);

	if (*n < k || memcmp(s + *n - k, suffix, k) != 0)
		return 0;
	*n -= k;
	return 1;
}

/*
 * The class a Korean way of naming it names: 400번대, 4xx대, 4백번대,
 * 400대 ("the 400s"), 1-5; or 0.
 */
static int
korean_class(const char *s, size_t n)
{
	if (!cut(s, &n, "번대") && !cut(s, &n, "대"))
		return 0;
	if (cut(s, &n, "백"))
		return n == 1 && s[0] >= '1' && s[0] <= '5' ? s[0] - '0' : 0;
	if (n != 3 || s[0] < '1' || s[0] > '5')
		return 0;
	if ((s[1] == '0' && s[2] == '0') || ((s[1] == 'x' || s[1] == 'X') &&
	    (s[2] == 'x' || s[2] == 'X')))
		return s[0] - '0';
	return 0;
}

/*
 * The error id about the argument s[0..n-1], shown with at most 16 of
 * its bytes, in whole characters.
 */
static int
bad(struct hsc_error *err, enum diag id, const char *s, size_t n)
{
	char shown[32];
	int show = n > 16 ? 16 : (int)n;

	while (show > 0 && (size_t)show < n &&
	    ((unsigned char)s[show] & 0xc0) == 0x80)
		show--;
	snprintf(shown, sizeof(shown), "%.*s%s", show, s,
	    (size_t)show < n ? "..." : "");
	return msg_error(err, id, shown);
}

/*
 * Fills q from the argument s.  Returns 0, or -1 with the error in err
 * for an argument that looks like a code but is not a valid one (a
 * number outside 100-599, a class 6xx, a backwards range).
 */
int
query_parse(const char *s, struct query *q, struct hsc_error *err)
{
	const char *dash;
	size_t n, dn;
	int i;

	memset(q, 0, sizeof(*q));
	q->sub = -1;
	n = strlen(s);
	s = word_trim(s, &n);
	if (n == 0)
		return msg_error(err, D_EMPTY_QUERY, NULL);
	if ((i = korean_class(s, n)) != 0) {
		q->kind = Q_PATTERN;
		memcpy(q->pat, "xxx", 4);
		q->pat[0] = (char)('0' + i);
		return 0;
	}

	/* An IIS substatus code: 500.19, as IIS writes it. */
	if (n >= 5 && n <= 7 && s[3] == '.' && all_of(s, 3, DIGITS) &&
	    all_of(s + 4, n - 4, DIGITS)) {
		if ((q->lo = number(s, 3)) < 0)
			goto badcode;
		q->kind = Q_CODE;
		q->hi = q->lo;
		q->sub = atoi(s + 4);
		return 0;
	}
	if (all_of(s, n, DIGITS "xX")) {
		/* 000 (and 0) and 999 are codes where the table has them. */
		if (all_of(s, n, DIGITS) && (n == 3 || (n == 1 && *s == '0'))) {
			q->lo = n == 1 ? 0 : word_code3(s, n);
			if (number(s, n) < 0 && codes_find(q->lo, &dn) == NULL)
				goto badcode;
			q->kind = Q_CODE;
			q->hi = q->lo;
			return 0;
		}
		if (n > 3 || (n < 3 && !all_of(s, 1, DIGITS))) {
			if (all_of(s, n, DIGITS))
				goto badcode;
			q->kind = Q_WORDS;	/* "xx", "4xxx": words */
			return 0;
		}
		if (s[0] != 'x' && s[0] != 'X' && (s[0] < '1' || s[0] > '5'))
			return bad(err, D_BAD_CLASS, s, n);
		/* 4 is 4xx and 40 is 40x; 4XX is 4xx. */
		q->kind = Q_PATTERN;
		memcpy(q->pat, "xxx", 4);
		for (i = 0; i < (int)n; i++)
			q->pat[i] = s[i] == 'X' ? 'x' : s[i];
		return 0;
	}

	dash = memchr(s, '-', n);
	dn = 1;
	if (dash == NULL && (dash = strstr(s, "\xe2\x80\x93")) != NULL &&
	    dash < s + n)
		dn = 3;		/* an en dash, as in 500–504 */
	if (dash != NULL && all_of(s, (size_t)(dash - s), DIGITS) &&
	    all_of(dash + dn, n - (size_t)(dash - s) - dn, DIGITS)) {
		q->lo = number(s, (size_t)(dash - s));
		q->hi = number(dash + dn, n - (size_t)(dash - s) - dn);
		if (q->lo < 0 || q->hi < 0)
			return bad(err, D_BAD_RANGE, s, n);
		if (q->lo > q->hi)
			return bad(err, D_BACKWARDS, s, n);
		q->kind = Q_RANGE;
		return 0;
	}
	q->kind = Q_WORDS;
	return 0;

badcode:
	return bad(err, D_BAD_CODE, s, n);
}

/* Whether code answers the query (for codes, patterns and ranges). */
int
query_match(const struct query *q, int code)
{
	char d[3];
	int i;

	switch (q->kind) {
	case Q_CODE:
	case Q_RANGE:
		return code >= q->lo && code <= q->hi;
	case Q_PATTERN:
		d[0] = (char)('0' + code / 100);
		d[1] = (char)('0' + code / 10 % 10);
		d[2] = (char)('0' + code % 10);
		for (i = 0; i < 3; i++)
			if (q->pat[i] != 'x' && q->pat[i] != d[i])
				return 0;
		return 1;
	case Q_WORDS:
		break;
	}
	return 0;
}

/* s in NFKC (full-width digits are digits), without outer blanks. */
char *
query_normal(const char *s)
{
	char *t = ustr_nfkc(s);
	size_t len = strlen(t);
	const char *p = word_trim(t, &len);

	memmove(t, p, len);
	t[len] = '\0';
	return t;
}

/*
 * Checks and classifies the argument arg into q (search: it is words
 * whatever it looks like).  Returns 0, or -1 with a message in err.
 */
int
query_prepare(const char *arg, int search, struct query *q,
    struct hsc_error *err)
{
	char *shown, *t;
	size_t len = strlen(arg);

	if (!ustr_valid(arg, len)) {
		shown = ustr_escape(arg, len, 40);
		msg_error(err, D_BAD_UTF8, shown);
		free(shown);
		return -1;
	}
	t = query_normal(arg);
	if (*t == '\0') {
		free(t);
		return msg_error(err, D_EMPTY_QUERY, NULL);
	}
	if (search) {
		memset(q, 0, sizeof(*q));
		q->kind = Q_WORDS;
	} else if (query_parse(t, q, err) != 0) {
		free(t);
		return -1;
	}
	q->text = t;
	return 0;
}

/*
 * Adds an answer: the entry c (or an unassigned code, c NULL), and
 * where a search matched it (-1: not a search).  An entry already
 * answered, by another query of the same call, is not added twice.
 */
void
results_add(struct results *rs, const struct hsc_code *c, int code,
    int match)
{
	if (c != NULL) {
		if (rs->seen == NULL)
			rs->seen = xcalloc(hsc_ncodes, 1);
		if (rs->seen[c - hsc_codes])
			return;
		rs->seen[c - hsc_codes] = 1;
	}
	if (rs->n == rs->cap) {
		rs->cap = rs->cap ? 2 * rs->cap : 64;
		rs->r = xreallocarray(rs->r, rs->cap, sizeof(*rs->r));
	}
	rs->r[rs->n].c = c;
	rs->r[rs->n].code = code;
	rs->r[rs->n].match = match;
	rs->r[rs->n].class = 0;
	rs->r[rs->n].subs = 0;
	rs->n++;
}

/*
 * Adds the class d (1-5) as hsc 4xx answers it: its overview, for the
 * long view, then its codes of 100-599.  Returns whether it has any.
 */
int
results_class(struct results *rs, int d)
{
	size_t i;
	int found = 0;

	results_add(rs, NULL, d * 100, -1);
	rs->r[rs->n - 1].class = 1;
	for (i = 0; i < hsc_ncodes; i++)
		if (hsc_codes[i].code / 100 == d &&
		    codes_listed(&hsc_codes[i])) {
			results_add(rs, &hsc_codes[i], hsc_codes[i].code, -1);
			found = 1;
		}
	return found;
}

void
results_free(struct results *rs)
{
	free(rs->r);
	free(rs->seen);
}

/* Answers a code, pattern or range; returns whether it found a code. */
static int
answer_one(struct results *rs, const struct query *q, int json)
{
	const struct hsc_code *c;
	size_t i, n;
	int found = 0;

	if (q->kind == Q_CODE && q->sub >= 0) {
		if ((c = codes_find_sub(q->lo, q->sub)) != NULL) {
			results_add(rs, c, c->code, -1);
			return 1;
		}
		/* An IIS substatus hsc does not know: the code, and a note. */
		msg_warn(D_NO_SUBSTATUS, q->text);
		for (c = codes_find(q->lo, &n), i = 0; c != NULL && i < n; i++)
			results_add(rs, &c[i], c[i].code, -1);
		return 0;
	}
	if (q->kind == Q_CODE) {
		if ((c = codes_find(q->lo, &n)) == NULL) {
			/* The text view explains an unassigned code. */
			results_add(rs, NULL, q->lo, -1);
			if (json)
				msg_warn(D_UNASSIGNED, q->text);
			return 0;
		}
		for (i = 0; i < n; i++)
			results_add(rs, &c[i], c[i].code, -1);
		/* Asked for by number: the text view names its substatus. */
		rs->r[rs->n - 1].subs = codes_subs(q->lo, &n) != NULL;
		return 1;
	}
	if (q->kind == Q_PATTERN && q->pat[0] != 'x' && q->pat[1] == 'x' &&
	    q->pat[2] == 'x')
		found = results_class(rs, q->pat[0] - '0');
	else
		/* Patterns and ranges list the codes of 100-599 only. */
		for (i = 0; i < hsc_ncodes; i++)
			if (codes_listed(&hsc_codes[i]) &&
			    query_match(q, hsc_codes[i].code)) {
				results_add(rs, &hsc_codes[i],
				    hsc_codes[i].code, -1);
				found = 1;
			}
	if (!found)
		msg_warn(D_NO_MATCH_PATTERN, q->text);
	return found;
}

/*
 * Answers the n queries in order; neighbouring words are one search
 * ("hsc not found"), except a query alone (a line of stdin).  Returns
 * the exit status: 0 when every query found something, else 1.
 */
int
query_answer(struct results *rs, struct query *q, int n, int json)
{
	int i, j, status = 0;

	for (i = 0; i < n; i = j) {
		for (j = i; j < n && q[j].kind == Q_WORDS && (j == i ||
		    (!q[j].alone && !q[j - 1].alone)); j++)
			continue;
		if (j > i) {
			if (!search_answer(rs, q + i, j - i))
				status = 1;
			continue;
		}
		if (!answer_one(rs, &q[i], json))
			status = 1;
		j = i + 1;
	}
	return status;
}

/*
 * Real input.  People paste what their tools printed: the status line
 * of curl -sI ("HTTP/2 404 " and a CR), of curl -v ("< HTTP/1.1 502
 * Bad Gateway"), of wget -S; a code followed by a full stop or in
 * brackets; the output of curl -w '%{http_code}' through a pipe.  This
 * unit turns such text into the plain queries that query_prepare
 * already understands ("404"), and leaves everything else as it was.
 * A blank, a word and a three-digit code are word.c's; nothing here
 * has a rule of its own for them.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <uniconv.h>

#include "input.h"
#include "msg.h"
#include "query.h"
#include "table.h"
#include "ustr.h"
#include "word.h"
#include "xalloc.h"

/* The most arguments a status line spreads over: "<" "HTTP/1.1" "404". */
#define HEAD_ARGS	3

static const char	*skip_blanks(const char *, const char *);
static int		 is_version(const char *, size_t);
static const char	*skip_marker(const char *, const char *);
static int		 phrase_word(const char *);
static int		 head_start(const char *);
static char		*join(char *const *, int);
static int		 wrapped_code(const char *, size_t, size_t *,
			    size_t *);
static int		 same_phrase(const char *, const char *);
static void		 add(struct input *, char *, int);
static void		 note(const struct input_query *);
static void		 read_lines(struct input *, int, const char *, FILE *);

static const char *
skip_blanks(const char *p, const char *e)
{
	while (p < e && word_blank_byte((unsigned char)*p))
		p++;
	return p;
}

/*
 * Past the blanks at p and curl -v's "<" marker with the blanks after
 * it; NULL when the "<" is followed by something else than a blank.
 */
static const char *
skip_marker(const char *p, const char *e)
{
	p = skip_blanks(p, e);
	if (p < e && *p == '<') {
		p++;
		if (p < e && !word_blank_byte((unsigned char)*p))
			return NULL;
		p = skip_blanks(p, e);
	}
	return p;
}

/*
 * The length of the protocol version at s ("HTTP/1.1", "HTTP/2", in
 * any case), or 0.
 */
static int
is_version(const char *s, size_t n)
{
	static const char http[] = "http";
	size_t i;

	if (n < 6)
		return 0;
	for (i = 0; i < 4; i++)
		if (s[i] != http[i] && s[i] != http[i] - 'a' + 'A')
			return 0;
	if (s[4] != '/' || s[5] < '0' || s[5] > '9')
		return 0;
	if (n >= 8 && s[6] == '.' && s[7] >= '0' && s[7] <= '9')
		return 8;
	return 6;
}

/*
 * Reads the status line in s[0..n-1]: blanks, curl -v's "<" and a
 * blank, HTTP/ and a version (1.0, 1.1, 2, 3), blanks, three digits,
 * then the end or a blank and the reason phrase.  Returns 0 and fills
 * sl, or -1 when s is not one.
 */
int
input_status_line(const char *s, size_t n, struct status_line *sl)
{
	const char *p, *e = s + n;
	size_t len;
	int v;

	if (n == 0 || !input_status_first((unsigned char)*s) ||
	    (p = skip_marker(s, e)) == NULL ||
	    (v = is_version(p, (size_t)(e - p))) == 0)
		return -1;
	p += v;
	if (p == e || !word_blank_byte((unsigned char)*p))
		return -1;
	p = skip_blanks(p, e);
	if (e - p < 3 || (sl->code = word_code3(p, 3)) < 0)
		return -1;
	p += 3;
	if (p < e && !word_blank_byte((unsigned char)*p))
		return -1;
	len = (size_t)(e - p);
	p = word_trim(p, &len);
	sl->phrase = len > 0 ? p : NULL;
	sl->phrase_len = len;
	return 0;
}

/*
 * Converts s[0..n-1] from the encoding enc (NULL: UTF-8, only checked)
 * to a NUL-terminated UTF-8 string; NULL when it is not valid in that
 * encoding.
 */
char *
input_decode(const char *s, size_t n, const char *enc)
{
	uint8_t *u;
	char *r;
	size_t i, len;

	for (i = 0; i < n && (unsigned char)s[i] < 0x80; i++)
		continue;
	if (i == n || enc == NULL) {
		if (memchr(s, '\0', n) != NULL || !ustr_valid(s, n))
			return NULL;
		return xstrndup(s, n);
	}
	/*
	 * A multibyte character cut short at the end would be dropped
	 * without an error: a final ASCII byte makes it an invalid one.
	 */
	r = xmalloc(n + 1);
	memcpy(r, s, n);
	r[n] = '.';
	u = u8_conv_from_encoding(enc, iconveh_error, r, n + 1, NULL, NULL,
	    &len);
	free(r);
	if (u == NULL) {
		if (errno == ENOMEM)
			xfatal("out of memory");
		return NULL;
	}
	if (len == 0 || u[len - 1] != '.') {
		free(u);
		return NULL;
	}
	r = xmalloc(len);
	memcpy(r, u, --len);
	r[len] = '\0';
	free(u);
	if (memchr(r, '\0', len) != NULL) {
		free(r);
		return NULL;
	}
	return r;
}

/*
 * Whether the argument s may continue a reason phrase: words, not a
 * code, class, pattern or range, not "-", not another status line.
 */
static int
phrase_word(const char *s)
{
	struct status_line sl;
	struct query q;
	struct hsc_error err;
	char *t = query_normal(s);
	int r;

	r = *t != '\0' && strcmp(t, "-") != 0 && strcmp(t, "<") != 0 &&
	    is_version(t, strlen(t)) == 0 &&
	    input_status_line(t, strlen(t), &sl) != 0 &&
	    query_parse(t, &q, &err) == 0 && q.kind == Q_WORDS;
	free(t);
	return r;
}

/*
 * Whether the argument s can start a status line spread over several
 * arguments: "<", "HTTP/1.1", "< HTTP/2", with nothing after them.
 */
static int
head_start(const char *s)
{
	char *t = query_normal(s);
	const char *p, *e = t + strlen(t);
	int r;

	p = skip_marker(t, e);
	r = p != NULL && (p == e || is_version(p, (size_t)(e - p)) == e - p);
	free(t);
	return r;
}

/* The n arguments, normalised, joined by a space. */
static char *
join(char *const *args, int n)
{
	char *r, *t;
	size_t len = 0, l;
	int i;

	r = xmalloc(1);
	for (i = 0; i < n; i++) {
		t = query_normal(args[i]);
		l = strlen(t);
		r = xrealloc(r, len + l + 2);
		if (i > 0)
			r[len++] = ' ';
		memcpy(r + len, t, l);
		len += l;
		free(t);
	}
	r[len] = '\0';
	return r;
}

/*
 * Whether s[0..n-1] is one word in punctuation ("404.", "(404)",
 * "[4xx]") that is made of what codes, classes, patterns and ranges are
 * made of; its start and length go to *at and *len.
 */
static int
wrapped_code(const char *s, size_t n, size_t *at, size_t *len)
{
	const char *p = s, *w, *end = s + n;
	size_t wl, dummy, i;

	if ((w = word_next(&p, end, &wl)) == NULL ||
	    word_next(&p, end, &dummy) != NULL || wl == n)
		return 0;
	for (i = 0; i < wl; i++) {
		if (strchr("0123456789xX-", w[i]) != NULL && w[i] != '\0')
			continue;
		if (wl - i >= 3 && memcmp(w + i, "\xe2\x80\x93", 3) == 0) {
			i += 2;		/* an en dash, as in 500–504 */
			continue;
		}
		return 0;
	}
	*at = (size_t)(w - s);
	*len = wl;
	return 1;
}

/*
 * Reads one query from args[0..nargs-1], UTF-8 each: a status line
 * (in one argument, or spread over up to three, with a reason phrase
 * in the arguments after it when they are words), a code in
 * punctuation, or else the argument as it is.  With search set, every
 * argument is words and stays as it is.  Fills q (q->used: how many
 * arguments it took) and returns 0.
 */
int
input_query(char *const *args, int nargs, int search,
    struct input_query *q)
{
	struct status_line sl;
	char *t, *ph = NULL;
	size_t at, len, pl;
	int k, split, end, found = 0;

	q->code = -1;
	q->phrase = NULL;
	q->used = 1;
	if (search || strcmp(args[0], "-") == 0) {
		q->text = xstrdup(args[0]);
		return 0;
	}
	for (k = 1; k <= HEAD_ARGS && k <= nargs; k++) {
		if (k > 1 && (strcmp(args[k - 1], "-") == 0 ||
		    !head_start(args[0])))
			break;
		t = join(args, k);
		found = input_status_line(t, strlen(t), &sl) == 0;
		if (found && sl.phrase != NULL)
			ph = xstrndup(sl.phrase, sl.phrase_len);
		free(t);
		if (found)
			break;
	}
	if (found) {
		/* The words after it are its phrase, if it has none yet. */
		split = k > 1;
		for (end = k; (split || ph == NULL) && end < nargs &&
		    phrase_word(args[end]); end++)
			continue;
		if (end > k) {
			t = join(args + k, end - k);
			if (ph != NULL) {
				pl = strlen(ph);
				ph = xrealloc(ph, pl + strlen(t) + 2);
				ph[pl] = ' ';
				strcpy(ph + pl + 1, t);
				free(t);
			} else
				ph = t;
		}
		q->code = sl.code;
		q->phrase = ph;
		q->used = end;
		q->text = xmalloc(4);
		snprintf(q->text, 4, "%03d", sl.code);
		return 0;
	}
	t = query_normal(args[0]);
	if (wrapped_code(t, strlen(t), &at, &len)) {
		memmove(t, t + at, len);
		t[len] = '\0';
		q->text = t;
		return 0;
	}
	free(t);
	q->text = xstrdup(args[0]);
	return 0;
}

/* Whether two phrases have the same words, after case folding. */
static int
same_phrase(const char *a, const char *b)
{
	char *fa = ustr_fold(a), *fb = ustr_fold(b);
	const char *pa = fa, *pb = fb, *wa, *wb;
	const char *ea = fa + strlen(fa), *eb = fb + strlen(fb);
	size_t la, lb;
	int same;

	for (;;) {
		wa = word_next(&pa, ea, &la);
		wb = word_next(&pb, eb, &lb);
		if (wa == NULL || wb == NULL) {
			same = wa == wb;
			break;
		}
		if (la != lb || memcmp(wa, wb, la) != 0) {
			same = 0;
			break;
		}
	}
	free(fa);
	free(fb);
	return same;
}

/*
 * Whether phrase is none of the phrases hsc has for code (its phrase
 * or an older one, of any meaning); *known is then the first meaning's
 * phrase.  A code that hsc does not know differs from nothing.
 */
int
input_phrase_differs(int code, const char *phrase, const char **known)
{
	const struct hsc_code *c;
	const hsc_str *al;
	size_t n, i;

	if ((c = codes_find(code, &n)) == NULL)
		return 0;
	for (i = 0; i < n; i++) {
		if (same_phrase(phrase, hsc_s(c[i].phrase)))
			return 0;
		for (al = &hsc_lists[c[i].aliases]; *al != 0; al++)
			if (same_phrase(phrase, hsc_s(*al)))
				return 0;
	}
	*known = hsc_s(c[0].phrase);
	return 1;
}

static void
add(struct input *in, char *text, int alone)
{
	if (in->n == in->cap) {
		in->cap = in->cap ? 2 * in->cap : 16;
		in->text = xreallocarray(in->text, (size_t)in->cap,
		    sizeof(*in->text));
		in->alone = xreallocarray(in->alone, (size_t)in->cap, 1);
	}
	in->text[in->n] = text;
	in->alone[in->n] = (char)alone;
	in->n++;
}

/* Says on stderr when a status line's reason phrase is not hsc's. */
static void
note(const struct input_query *q)
{
	const char *known;
	char code[4], *shown;

	if (q->phrase == NULL ||
	    !input_phrase_differs(q->code, q->phrase, &known))
		return;
	snprintf(code, sizeof(code), "%03d", q->code);
	shown = ustr_escape(q->phrase, strlen(q->phrase), 60);
	msg_warn(D_PHRASE, code, shown, known);
	free(shown);
}

/*
 * Adds a query for every line of fp that is not blank; a line is one
 * query, read by the rules of one argument.  A line that is not valid
 * in the encoding is a usage error; a read error ends hsc too.
 */
static void
read_lines(struct input *in, int search, const char *enc, FILE *fp)
{
	struct input_query q;
	char *line = NULL, *u, *shown, num[32];
	size_t cap = 0, len;
	ssize_t got;
	unsigned long long lineno = 0;

	while ((got = getline(&line, &cap, fp)) >= 0) {
		lineno++;
		len = (size_t)got;
		if (len > 0 && line[len - 1] == '\n')
			len--;
		if ((u = input_decode(line, len, enc)) == NULL) {
			shown = ustr_escape(line, len, 40);
			snprintf(num, sizeof(num), "%llu", lineno);
			msg_usage(D_BAD_LINE, enc != NULL ? enc : "UTF-8", num,
			    shown);
		}
		len = strlen(u);
		word_trim(u, &len);
		if (len == 0) {
			free(u);
			continue;
		}
		input_query(&u, 1, search, &q);
		note(&q);
		free(q.phrase);
		free(u);
		add(in, q.text, 1);
	}
	free(line);
	if (ferror(fp)) {
		msg_warn(D_FILE, "-", strerror(errno));
		exit(2);
	}
}

/*
 * Turns the nargs arguments into queries in in: each is read in the
 * encoding enc (NULL: UTF-8), "-" reads lines from fp; a status line's
 * reason phrase that differs from hsc's is noted on stderr.  An
 * argument not valid in the encoding is a usage error.
 */
void
input_collect(struct input *in, char *const *args, int nargs, int search,
    const char *enc, FILE *fp)
{
	struct input_query q;
	char **dec, *shown;
	int i;

	memset(in, 0, sizeof(*in));
	dec = xreallocarray(NULL, (size_t)nargs + 1, sizeof(*dec));
	for (i = 0; i < nargs; i++) {
		dec[i] = input_decode(args[i], strlen(args[i]), enc);
		if (dec[i] != NULL)
			continue;
		shown = ustr_escape(args[i], strlen(args[i]), 40);
		if (enc == NULL)
			msg_usage(D_BAD_UTF8, shown);
		msg_usage(D_BAD_ENCODING, enc, shown);
	}
	for (i = 0; i < nargs; i += q.used) {
		if (strcmp(dec[i], "-") == 0) {
			read_lines(in, search, enc, fp);
			q.used = 1;
			continue;
		}
		input_query(dec + i, nargs - i, search, &q);
		note(&q);
		free(q.phrase);
		add(in, q.text, 0);
	}
	for (i = 0; i < nargs; i++)
		free(dec[i]);
	free(dec);
}

void
input_free(struct input *in)
{
	int i;

	for (i = 0; i < in->n; i++)
		free(in->text[i]);
	free(in->text);
	free(in->alone);
}

/*
 * Reads the human-edited data files and checks everything a person can
 * get wrong in them, reporting each problem as FILE:LINE: message.
 * Errors are counted, not fatal, so that one build shows them all.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <uninorm.h>
#include <unistr.h>

#include "datafile.h"
#include "table.h"
#include "ustr.h"
#include "word.h"
#include "xalloc.h"

const char *const df_field_names[F_MAX] = {
	[F_CLASS] = "class",
	[F_CODE] = "code",
	[F_ORIGIN] = "origin",
	[F_ORIGIN_KO] = "origin.ko",
	[F_KIND] = "kind",
	[F_PHRASE] = "phrase",
	[F_ALIAS] = "alias",
	[F_SPEC] = "spec",
	[F_SOURCE] = "source",
	[F_SEE] = "see",
	[F_HEADERS] = "headers",
#define X(id, code)							\
	[F_NAME + LANG_##id] = "name." code,				\
	[F_SUMMARY + LANG_##id] = "summary." code,			\
	[F_DETAIL + LANG_##id] = "detail." code,			\
	[F_CAUSES + LANG_##id] = "causes." code,			\
	[F_SEARCH + LANG_##id] = "search." code,
	HSC_LANGS(X)
#undef X
#define X(id, key, label, prefix, chars)				\
	[F_CONST + CONST_##id] = "const." key,
	HSC_CONSTS(X)
#undef X
};

/* Where a field may appear, and how. */
#define FL_CODE		0x01	/* allowed in a code record */
#define FL_CLASS	0x02	/* allowed in a class record */
#define FL_REQ_CODE	0x04	/* required in a code record */
#define FL_REQ_CLASS	0x08	/* required in a class record */
#define FL_MULTI	0x10	/* paragraphs on indented lines */
#define FL_REPEAT	0x20	/* may be given more than once */
#define FL_BOTH		(FL_CODE | FL_CLASS | FL_REQ_CODE | FL_REQ_CLASS)

static const unsigned char field_flags[F_MAX] = {
	[F_CLASS] = FL_CLASS | FL_REQ_CLASS,
	[F_CODE] = FL_CODE | FL_REQ_CODE,
	[F_ORIGIN] = FL_CODE | FL_REQ_CODE,
	[F_ORIGIN_KO] = FL_CODE,
	[F_KIND] = FL_CODE | FL_REQ_CODE,
	[F_PHRASE] = FL_CODE | FL_REQ_CODE,
	[F_ALIAS] = FL_CODE | FL_REPEAT,
	[F_SPEC] = FL_CODE | FL_REQ_CODE,
	[F_SOURCE] = FL_CODE | FL_REPEAT,
	[F_SEE] = FL_CODE,
	[F_HEADERS] = FL_CODE,
	/* A code's English name is its phrase. */
	[F_NAME + LANG_EN] = FL_CLASS | FL_REQ_CLASS,
#define X(id, code)							\
	[F_SUMMARY + LANG_##id] = FL_BOTH,				\
	[F_DETAIL + LANG_##id] = FL_BOTH | FL_MULTI,			\
	[F_CAUSES + LANG_##id] = FL_CODE | FL_MULTI,			\
	[F_SEARCH + LANG_##id] = FL_CODE | FL_CLASS | FL_REPEAT,
	HSC_LANGS(X)
#undef X
	[F_NAME + LANG_KO] = FL_BOTH,
#define X(id, key, label, prefix, chars)				\
	[F_CONST + CONST_##id] = FL_CODE | FL_REPEAT,
	HSC_CONSTS(X)
#undef X
};

/*
 * The numbers outside 100-599 that data/other.txt describes, each with
 * the kind it must have: 000 is no status at all (what curl and logs
 * write when no response came), 999 a vendor's code outside the range
 * RFC 9110 §15 allows.  No other number outside 100-599 is a code.
 */
static const struct {
	int		 code;
	int		 kind;
} outside[] = {
	{ 0, KIND_PSEUDO },
	{ 999, KIND_UNOFFICIAL },
};

/* The only origin whose codes have substatus codes (500.19). */
#define SUB_ORIGIN	"Microsoft IIS"

/* The attributes a constant's line may end with, in this order. */
static const char *const const_attrs[] = { "since", "until", "deprecated" };
#define NATTRS	((int)(sizeof(const_attrs) / sizeof(const_attrs[0])))

/*
 * Spring Framework 7.0's HttpStatus (spring-web, HttpStatus.java of
 * v7.0.9, the same as in v7.0.0): a const.spring line without until=
 * must name one of these, for its own code; one with until=7.0 or
 * earlier must not.
 */
#define SPRING_CURRENT	"7.0"
static const struct {
	const char	*name;
	int		 code;
} spring7[] = {
	{ "CONTINUE", 100 }, { "SWITCHING_PROTOCOLS", 101 },
	{ "PROCESSING", 102 }, { "EARLY_HINTS", 103 }, { "OK", 200 },
	{ "CREATED", 201 }, { "ACCEPTED", 202 },
	{ "NON_AUTHORITATIVE_INFORMATION", 203 }, { "NO_CONTENT", 204 },
	{ "RESET_CONTENT", 205 }, { "PARTIAL_CONTENT", 206 },
	{ "MULTI_STATUS", 207 }, { "ALREADY_REPORTED", 208 },
	{ "IM_USED", 226 }, { "MULTIPLE_CHOICES", 300 },
	{ "MOVED_PERMANENTLY", 301 }, { "FOUND", 302 }, { "SEE_OTHER", 303 },
	{ "NOT_MODIFIED", 304 }, { "TEMPORARY_REDIRECT", 307 },
	{ "PERMANENT_REDIRECT", 308 }, { "BAD_REQUEST", 400 },
	{ "UNAUTHORIZED", 401 }, { "PAYMENT_REQUIRED", 402 },
	{ "FORBIDDEN", 403 }, { "NOT_FOUND", 404 },
	{ "METHOD_NOT_ALLOWED", 405 }, { "NOT_ACCEPTABLE", 406 },
	{ "PROXY_AUTHENTICATION_REQUIRED", 407 }, { "REQUEST_TIMEOUT", 408 },
	{ "CONFLICT", 409 }, { "GONE", 410 }, { "LENGTH_REQUIRED", 411 },
	{ "PRECONDITION_FAILED", 412 }, { "CONTENT_TOO_LARGE", 413 },
	{ "PAYLOAD_TOO_LARGE", 413 }, { "URI_TOO_LONG", 414 },
	{ "UNSUPPORTED_MEDIA_TYPE", 415 },
	{ "REQUESTED_RANGE_NOT_SATISFIABLE", 416 },
	{ "EXPECTATION_FAILED", 417 }, { "I_AM_A_TEAPOT", 418 },
	{ "MISDIRECTED_REQUEST", 421 }, { "UNPROCESSABLE_CONTENT", 422 },
	{ "UNPROCESSABLE_ENTITY", 422 }, { "LOCKED", 423 },
	{ "FAILED_DEPENDENCY", 424 }, { "TOO_EARLY", 425 },
	{ "UPGRADE_REQUIRED", 426 }, { "PRECONDITION_REQUIRED", 428 },
	{ "TOO_MANY_REQUESTS", 429 },
	{ "REQUEST_HEADER_FIELDS_TOO_LARGE", 431 },
	{ "UNAVAILABLE_FOR_LEGAL_REASONS", 451 },
	{ "INTERNAL_SERVER_ERROR", 500 }, { "NOT_IMPLEMENTED", 501 },
	{ "BAD_GATEWAY", 502 }, { "SERVICE_UNAVAILABLE", 503 },
	{ "GATEWAY_TIMEOUT", 504 }, { "HTTP_VERSION_NOT_SUPPORTED", 505 },
	{ "VARIANT_ALSO_NEGOTIATES", 506 }, { "INSUFFICIENT_STORAGE", 507 },
	{ "LOOP_DETECTED", 508 }, { "BANDWIDTH_LIMIT_EXCEEDED", 509 },
	{ "NOT_EXTENDED", 510 }, { "NETWORK_AUTHENTICATION_REQUIRED", 511 },
};

/*
 * Header fields that may go with a code: the registered ones hsc uses,
 * and the vendor fields of the vendor codes.  A typo is not in it.
 */
static const char *const known_headers[] = {
	"A-IM", "Accept", "Accept-Charset", "Accept-Encoding",
	"Accept-Language", "Accept-Ranges", "Allow", "Authorization",
	"Cache-Control", "CF-Ray", "Connection", "Content-Encoding",
	"Content-Language", "Content-Length", "Content-Location",
	"Content-Range", "Content-Type", "Cookie", "DAV", "Delta-Base",
	"Depth", "Destination", "Early-Data", "ETag", "Expect", "Expires",
	"Host", "If", "If-Match", "If-Modified-Since", "If-None-Match",
	"If-Range", "If-Unmodified-Since", "IM", "Last-Modified", "Link",
	"Location", "Lock-Token", "Ms-Echo-Reply", "Ms-Echo-Request",
	"Overwrite", "Proxy-Authenticate", "Proxy-Authorization", "Range",
	"RateLimit", "RateLimit-Policy", "Retry-After", "Server",
	"Set-Cookie", "Shopify-Storefront-Buyer-IP",
	"Strict-Transport-Security", "TE", "Timeout", "Trailer",
	"Transfer-Encoding", "Upgrade", "Upload-Complete", "Upload-Limit",
	"Upload-Offset", "Vary", "Via", "WWW-Authenticate", "X-CSRF-TOKEN",
	"X-Forwarded-For", "X-MS-Location", "X-XSRF-TOKEN",
	NULL
};

struct parser {
	struct df_db		*db;
	const char		*file;
	int			 file_class;	/* 1-5, or 0 when unknown */
	int			 other;		/* data/other.txt */
	int			 line;
	struct df_record	*cur;
	int			 multi;		/* field taking text, or -1 */
	int			 par;		/* blank line seen in it */
	int			 last_code;
	int			 last_sub;
	int			 have_class;
};

static void	 error(struct df_db *, const char *, int, const char *, ...)
		    __attribute__((format(printf, 4, 5)));
static void	 append(char **, const char *, int);
static int	 field_lookup(const char *, size_t);
static void	 close_record(struct parser *);
static void	 check_text(struct parser *, const struct df_record *, int);
static void	 check_glossary(struct parser *, const struct df_record *,
		    int);
static void	 check_code(struct parser *, struct df_record *);
static void	 parse_line(struct parser *, char *);
static int	 parse_id(const char *, size_t, int *);
static int	 class_of_file(const char *);
static int	 read_path(struct df_db *, const char *,
	    int (*)(struct df_db *, FILE *, const char *));

static void
error(struct df_db *db, const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	if (line > 0)
		fprintf(db->errf, "%s:%d: ", file, line);
	else
		fprintf(db->errf, "%s: ", file);
	va_start(ap, fmt);
	vfprintf(db->errf, fmt, ap);
	va_end(ap);
	fputc('\n', db->errf);
	db->nerr++;
}

/* Appends text to *dst, after sep ('\0' for none) when *dst has text. */
static void
append(char **dst, const char *text, int sep)
{
	size_t old, add;

	if (*dst == NULL) {
		*dst = xstrdup(text);
		return;
	}
	old = strlen(*dst);
	add = strlen(text);
	*dst = xrealloc(*dst, old + add + 2);
	if (sep != '\0' && old > 0)
		(*dst)[old++] = (char)sep;
	memcpy(*dst + old, text, add + 1);
}

/*
 * Appends text to field f of r, after sep, remembering that it came
 * from line, so that a message about a word in it can name its line.
 */
static void
add_text(struct df_record *r, int f, const char *text, int sep, int line)
{
	size_t off = r->val[f] == NULL ? 0 : strlen(r->val[f]);

	if (off > 0 && sep != '\0')
		off++;
	r->segs[f] = xreallocarray(r->segs[f], r->nsegs[f] + 1,
	    sizeof(*r->segs[f]));
	r->segs[f][r->nsegs[f]].off = off;
	r->segs[f][r->nsegs[f]++].line = line;
	append(&r->val[f], text, sep);
}

/* The line that byte off of field f of r came from. */
static int
text_line(const struct df_record *r, int f, size_t off)
{
	size_t i;
	int line = r->vline[f];

	for (i = 0; i < r->nsegs[f] && r->segs[f][i].off <= off; i++)
		line = r->segs[f][i].line;
	return line;
}

/* Appends a copy of s[0..n-1] to the NULL-terminated list *list. */
static void
push(char ***list, size_t *n, const char *s, size_t len)
{
	*list = xreallocarray(*list, *n + 2, sizeof(**list));
	(*list)[(*n)++] = xstrndup(s, len);
	(*list)[*n] = NULL;
}

static int
field_lookup(const char *name, size_t len)
{
	int f;

	for (f = 0; f < F_MAX; f++)
		if (strlen(df_field_names[f]) == len &&
		    memcmp(df_field_names[f], name, len) == 0)
			return f;
	return -1;
}

/*
 * Reads s[0..n-1], three digits and perhaps a dot and an IIS substatus
 * of one to three digits ("500.19"; no leading zero but "500.0"): sets
 * *sub (-1 for none) and returns the code, or -1 if malformed.
 */
static int
parse_id(const char *s, size_t n, int *sub)
{
	size_t i;
	int v = n >= 3 ? word_code3(s, 3) : -1;

	*sub = -1;
	if (v < 0 || n == 3)
		return v;
	if (s[3] != '.' || n < 5 || n > 7 || (s[4] == '0' && n > 5))
		return -1;
	for (i = 4, *sub = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return *sub = -1;
		*sub = *sub * 10 + (s[i] - '0');
	}
	return v;
}

/* The kind a number outside 100-599 must have, or -1 if it is none. */
static int
outside_kind(int code)
{
	size_t i;

	for (i = 0; i < sizeof(outside) / sizeof(outside[0]); i++)
		if (outside[i].code == code)
			return outside[i].kind;
	return -1;
}

/* Whether a source names a document of Microsoft's. */
static int
microsoft_source(const char *s)
{
	const char *h, *e;

	if (strncmp(s, "https://", 8) == 0)
		h = s + 8;
	else if (strncmp(s, "http://", 7) == 0)
		h = s + 7;
	else
		return 0;
	e = h + strcspn(h, "/");
	return (e - h >= 13 && strncmp(e - 13, "microsoft.com", 13) == 0 &&
	    (e - h == 13 || e[-14] == '.')) ||
	    (e - h >= 8 && strncmp(e - 8, "msdn.com", 8) == 0 &&
	    (e - h == 8 || e[-9] == '.'));
}

/* The class a file declares by its name: "4xx.txt" is 4. */
static int
class_of_file(const char *path)
{
	const char *base = strrchr(path, '/');

	base = base == NULL ? path : base + 1;
	if (base[0] >= '1' && base[0] <= '5' && base[1] == 'x' &&
	    base[2] == 'x')
		return base[0] - '0';
	return 0;
}

/* Whether a file is other.txt, of the codes outside the classes. */
static int
is_other(const char *path)
{
	const char *base = strrchr(path, '/');

	return strcmp(base == NULL ? path : base + 1, "other.txt") == 0;
}

static int
is_hangul(ucs4_t c)
{
	return c >= 0xac00 && c <= 0xd7a3;
}

/* How many Hangul syllables s has. */
static int
hangul_syllables(const char *s)
{
	const uint8_t *u = (const uint8_t *)s;
	ucs4_t c;
	int n = 0;

	while ((u = u8_next(&c, u)) != NULL)
		n += is_hangul(c);
	return n;
}

/*
 * Whether s reads as Korean: its Hangul syllables take at least as many
 * columns as its Latin letters (header names and directives stay Latin).
 */
static int
mostly_hangul(const char *s)
{
	const uint8_t *u = (const uint8_t *)s;
	ucs4_t c;
	int hangul = 0, latin = 0;

	while ((u = u8_next(&c, u)) != NULL) {
		if (is_hangul(c))
			hangul += 2;
		else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
			latin++;
	}
	return hangul >= latin;
}

/* The sentences of a text: ends of sentences followed by a blank. */
static int
sentences(const char *s)
{
	int n = 0;

	for (; *s != '\0'; s++)
		if ((*s == '.' || *s == '?' || *s == '!') &&
		    (s[1] == '\0' || word_blank_byte((unsigned char)s[1])))
			n++;
	return n;
}

/* Whether field f holds Korean text, which the glossary governs. */
static int
is_korean(int f)
{
	return f == F_NAME + LANG_KO || f == F_ORIGIN_KO ||
	    f == F_SUMMARY + LANG_KO ||
	    f == F_DETAIL + LANG_KO || f == F_CAUSES + LANG_KO;
}

/* Reports every variant the glossary rejects in field f of r. */
static void
check_glossary(struct parser *ps, const struct df_record *r, int f)
{
	const struct df_db *db = ps->db;
	const char *s = r->val[f], *p;
	char *const *v;
	size_t i;

	for (i = 0; i < db->nterms; i++)
		for (v = db->terms[i].avoid; *v != NULL; v++)
			for (p = s; (p = strstr(p, *v)) != NULL; p += strlen(*v))
				error(ps->db, ps->file,
				    text_line(r, f, (size_t)(p - s)),
				    "%s: '%s' is not used: write '%s' "
				    "(the glossary in %s)", df_field_names[f],
				    *v, db->terms[i].use, db->glossary);
}

/*
 * Checks what every text must be: NFC, no character that would act on
 * a terminal or hide (controls, format characters: ustr_unsafe), not
 * empty; summaries short enough; Korean texts mostly Hangul.
 */
static void
check_text(struct parser *ps, const struct df_record *r, int f)
{
	const char *s = r->val[f];
	const uint8_t *u;
	size_t n = strlen(s), len;
	uint8_t *nfc;
	ucs4_t c;
	int w;

	nfc = u8_normalize(UNINORM_NFC, (const uint8_t *)s, n, NULL, &len);
	if (nfc == NULL)
		xfatal("u8_normalize: %s", strerror(errno));
	if (len != n || memcmp(nfc, s, n) != 0)
		error(ps->db, ps->file, r->vline[f],
		    "%s: text is not in Unicode NFC", df_field_names[f]);
	free(nfc);
	for (u = (const uint8_t *)s; (u = u8_next(&c, u)) != NULL;)
		if (c != '\n' && ustr_unsafe(c)) {
			error(ps->db, ps->file, r->vline[f],
			    "%s: control or format character U+%04X",
			    df_field_names[f], (unsigned)c);
			break;
		}
	if (f == F_SUMMARY + LANG_EN || f == F_SUMMARY + LANG_KO) {
		w = ustr_width(s, n, NULL);
		if (w > DF_SUMMARY_MAX)
			error(ps->db, ps->file, r->vline[f],
			    "%s: %d columns wide, more than %d",
			    df_field_names[f], w, DF_SUMMARY_MAX);
	}
	if (n == 0)
		error(ps->db, ps->file, r->vline[f], "%s: empty text",
		    df_field_names[f]);
	else if ((f == F_NAME + LANG_KO || f == F_ORIGIN_KO) && !r->is_class &&
	    hangul_syllables(s) < 2)
		error(ps->db, ps->file, r->vline[f],
		    "%s: fewer than two Hangul syllables", df_field_names[f]);
	else if ((f == F_SUMMARY + LANG_KO || f == F_DETAIL + LANG_KO ||
	    f == F_CAUSES + LANG_KO) && !mostly_hangul(s))
		error(ps->db, ps->file, r->vline[f],
		    "%s: more Latin letters than Hangul", df_field_names[f]);
	else if (f == F_SEARCH + LANG_KO && hangul_syllables(s) == 0)
		error(ps->db, ps->file, r->vline[f],
		    "search.ko: no Hangul; a Latin name goes in search.en");
	else if (f == F_SEARCH + LANG_EN && hangul_syllables(s) > 0)
		error(ps->db, ps->file, r->vline[f],
		    "search.en: Hangul; a Korean name goes in search.ko");
	if (is_korean(f))
		check_glossary(ps, r, f);
}

static int
valid_header_name(const char *s, size_t n)
{
	const char *const *k;

	for (k = known_headers; *k != NULL; k++)
		if (strlen(*k) == n && memcmp(*k, s, n) == 0)
			return 1;
	return 0;
}

/*
 * Whether s has the form of a constant of library i for code: its
 * prefix (where each '#' is the next digit of the code), then one or
 * more of its characters (defs.h).
 */
static int
const_form(int i, const char *s, int code)
{
	const struct hsc_const_def *d = &hsc_const_defs[i];
	char digits[8];
	size_t n, k;
	int nd = 0;

	if (d->prefix == NULL)
		return 1;
	snprintf(digits, sizeof(digits), "%03d", code);
	n = strlen(d->prefix);
	for (k = 0; k < n; k++) {
		if (d->prefix[k] == '#') {
			if (s[k] != digits[nd++ % 3])
				return 0;
		} else if (s[k] != d->prefix[k])
			return 0;
	}
	return s[n] != '\0' && strspn(s + n, d->chars) == strlen(s + n);
}

/* Whether s is a version: numbers joined by dots, as 7.0 or 6.0.5. */
static int
is_version(const char *s)
{
	for (;;) {
		if (*s < '0' || *s > '9')
			return 0;
		s += strspn(s, "0123456789");
		if (*s == '\0')
			return 1;
		if (*s++ != '.')
			return 0;
	}
}

/* Compares two versions number by number; 7 is 7.0. */
static int
version_cmp(const char *a, const char *b)
{
	unsigned long x, y;
	char *e;

	while (*a != '\0' || *b != '\0') {
		x = y = 0;
		if (*a != '\0') {
			x = strtoul(a, &e, 10);
			a = *e == '.' ? e + 1 : e;
		}
		if (*b != '\0') {
			y = strtoul(b, &e, 10);
			b = *e == '.' ? e + 1 : e;
		}
		if (x != y)
			return x < y ? -1 : 1;
	}
	return 0;
}

/*
 * Reads one line of const.LIB: "NAME [since=V] [until=V]
 * [deprecated=V]", the attributes last and in that order.  Keeps it in
 * r->consts, and the name alone, one a line, in r->val, where the
 * index takes it from.
 */
static void
parse_const(struct parser *ps, struct df_record *r, int i, const char *val)
{
	const char *f = df_field_names[F_CONST + i];
	struct df_const c;
	char *s = xstrdup(val), *end, *w, *eq, **slot;
	int a, right = NATTRS;

	memset(&c, 0, sizeof(c));
	c.line = ps->line;
	/* The attributes are the last words, those with an '='. */
	for (end = s + strlen(s);;) {
		while (end > s && end[-1] == ' ')
			end--;
		*end = '\0';
		for (w = end; w > s && w[-1] != ' '; w--)
			continue;
		if ((eq = strchr(w, '=')) == NULL)
			break;
		if (w == s) {
			error(ps->db, ps->file, ps->line,
			    "%s: no name before '%s'", f, w);
			goto out;
		}
		*eq = '\0';
		for (a = 0; a < NATTRS; a++)
			if (strcmp(w, const_attrs[a]) == 0)
				break;
		if (a == NATTRS) {
			error(ps->db, ps->file, ps->line, "%s: unknown "
			    "attribute '%s=' (since=, until=, deprecated=)", f,
			    w);
			goto out;
		}
		/* Read from the right: each comes before the one after. */
		if (a >= right) {
			error(ps->db, ps->file, ps->line, "%s: %s= %s; write "
			    "since=, until=, deprecated= in that order", f, w,
			    a == right ? "given twice" : "out of order");
			goto out;
		}
		if (!is_version(eq + 1)) {
			error(ps->db, ps->file, ps->line,
			    "%s: %s=%s is not a version (numbers and dots, "
			    "as 7.0 or 6.0.5)", f, w, eq + 1);
			goto out;
		}
		slot = a == 0 ? &c.since : a == 1 ? &c.until : &c.deprecated;
		*slot = xstrdup(eq + 1);
		right = a;
		end = w;
	}
	if (!const_form(i, s, r->code)) {
		error(ps->db, ps->file, ps->line,
		    "%s: '%s' is not a constant of that library", f, s);
		goto out;
	}
	if (c.since != NULL && c.until != NULL &&
	    version_cmp(c.since, c.until) >= 0)
		error(ps->db, ps->file, ps->line,
		    "%s: until=%s is not after since=%s", f, c.until, c.since);
	if (c.since != NULL && c.deprecated != NULL &&
	    version_cmp(c.deprecated, c.since) < 0)
		error(ps->db, ps->file, ps->line,
		    "%s: deprecated=%s comes before since=%s", f,
		    c.deprecated, c.since);
	if (c.until != NULL && c.deprecated != NULL &&
	    version_cmp(c.deprecated, c.until) >= 0)
		error(ps->db, ps->file, ps->line,
		    "%s: deprecated=%s is not before until=%s", f,
		    c.deprecated, c.until);
	c.name = xstrdup(s);
	r->consts[i] = xreallocarray(r->consts[i], r->nconsts[i] + 1,
	    sizeof(c));
	r->consts[i][r->nconsts[i]++] = c;
	if (r->val[F_CONST + i] == NULL)
		r->vline[F_CONST + i] = ps->line;
	add_text(r, F_CONST + i, s, '\n', ps->line);
	free(s);
	return;
out:
	free(c.since);
	free(c.until);
	free(c.deprecated);
	free(s);
}

/*
 * Checks the lines of const.LIB together: no name twice, the current
 * name first, Node's phrases only where they differ, and Spring's
 * names against Spring 7.
 */
static void
check_consts(struct parser *ps, const struct df_record *r, int i)
{
	const char *f = df_field_names[F_CONST + i], *name;
	const struct df_const *c = r->consts[i], *k;
	size_t n = r->nconsts[i], j, m;

	if (n == 0)
		return;
	for (k = c; k < c + n; k++) {
		for (j = 0; c + j < k; j++)
			if (strcmp(c[j].name, k->name) == 0)
				error(ps->db, ps->file, k->line,
				    "%s: '%s' given twice", f, k->name);
		if (k == c)
			continue;
		if (c->until != NULL && k->until == NULL)
			error(ps->db, ps->file, c->line, "%s: the first line "
			    "is the current name, but it has until= and "
			    "'%s' has not", f, k->name);
		else if (c->deprecated != NULL && k->deprecated == NULL &&
		    k->until == NULL)
			error(ps->db, ps->file, c->line, "%s: the first line "
			    "is the current name, but it is deprecated and "
			    "'%s' is not", f, k->name);
	}
	if (i == CONST_NODE && r->val[F_PHRASE] != NULL)
		for (k = c; k < c + n; k++)
			if (strcmp(k->name, r->val[F_PHRASE]) == 0)
				error(ps->db, ps->file, k->line,
				    "const.node repeats the phrase; give it "
				    "only where Node differs");
	if (i != CONST_SPRING)
		return;
	for (k = c; k < c + n; k++) {
		name = k->name + strlen(hsc_const_defs[i].prefix);
		for (m = 0; m < sizeof(spring7) / sizeof(spring7[0]); m++)
			if (strcmp(spring7[m].name, name) == 0)
				break;
		if (k->until == NULL && m == sizeof(spring7) /
		    sizeof(spring7[0]))
			error(ps->db, ps->file, k->line, "%s: %s is not in "
			    "Spring %s's HttpStatus; say until= which version "
			    "dropped it", f, k->name, SPRING_CURRENT);
		else if (k->until == NULL && spring7[m].code != r->code)
			error(ps->db, ps->file, k->line, "%s: %s is Spring's "
			    "%d, not %d", f, k->name, spring7[m].code, r->code);
		else if (k->until != NULL && m < sizeof(spring7) /
		    sizeof(spring7[0]) &&
		    version_cmp(k->until, SPRING_CURRENT) <= 0)
			error(ps->db, ps->file, k->line, "%s: %s is still in "
			    "Spring %s, so not until=%s", f, k->name,
			    SPRING_CURRENT, k->until);
	}
}

/* The language texts of a field pair that must differ. */
static void
check_differ(struct parser *ps, const struct df_record *r, int f)
{
	if (r->val[f + LANG_EN] != NULL && r->val[f + LANG_KO] != NULL &&
	    strcmp(r->val[f + LANG_EN], r->val[f + LANG_KO]) == 0)
		error(ps->db, ps->file, r->vline[f + LANG_KO],
		    "%s copies %s", df_field_names[f + LANG_KO],
		    df_field_names[f + LANG_EN]);
}

/* Checks a code record's fields together, and keeps its lists. */
static void
check_code(struct parser *ps, struct df_record *r)
{
	const char *s, *e, *w;
	size_t naliases = 0, nheaders = 0, nsee = 0, nsources = 0, n;
	int i, code, sub, l;

	if (r->val[F_KIND] != NULL) {
		if ((r->kind = hsc_kind_parse(r->val[F_KIND])) < 0)
			error(ps->db, ps->file, r->vline[F_KIND],
			    "unknown kind '%s' (standard, webdav, "
			    "experimental, deprecated, unused, unofficial, "
			    "pseudo)", r->val[F_KIND]);
		else if (r->val[F_ORIGIN] != NULL &&
		    (r->kind == KIND_UNOFFICIAL || r->kind == KIND_PSEUDO) !=
		    (strcmp(r->val[F_ORIGIN], "IANA") != 0))
			error(ps->db, ps->file, r->vline[F_KIND],
			    "kind '%s' does not fit origin '%s': only codes "
			    "outside IANA are unofficial", r->val[F_KIND],
			    r->val[F_ORIGIN]);
		else if (ps->other && outside_kind(r->code) >= 0 &&
		    r->kind != outside_kind(r->code))
			error(ps->db, ps->file, r->vline[F_KIND],
			    "kind '%s': %03d is %s", r->val[F_KIND], r->code,
			    hsc_kind_names[outside_kind(r->code)]);
		else if (!ps->other && r->kind == KIND_PSEUDO)
			error(ps->db, ps->file, r->vline[F_KIND],
			    "kind 'pseudo' is for 000 in other.txt only");
	}
	/* An IIS substatus names its documents, Microsoft's among them;
	 * 000, no status at all, names who writes it. */
	if (r->sub >= 0 && r->val[F_ORIGIN] != NULL &&
	    strcmp(r->val[F_ORIGIN], SUB_ORIGIN) != 0)
		error(ps->db, ps->file, r->line, "substatus codes are %s's; "
		    "origin '%s' has none", SUB_ORIGIN, r->val[F_ORIGIN]);
	if ((r->sub >= 0 || r->kind == KIND_PSEUDO) &&
	    r->val[F_SOURCE] == NULL)
		error(ps->db, ps->file, r->line, "%s needs source: lines "
		    "naming the documents it rests on", r->sub >= 0 ?
		    "an IIS substatus code" : "a pseudo code");
	else if (r->sub >= 0) {
		for (s = r->val[F_SOURCE]; *s != '\0' &&
		    !microsoft_source(s); s += strcspn(s, "\n"),
		    s += *s == '\n')
			continue;
		if (*s == '\0')
			error(ps->db, ps->file, r->vline[F_SOURCE],
			    "source: an IIS substatus code needs a Microsoft "
			    "document (a URL on microsoft.com)");
	}
	/* Registered codes cite an RFC or draft; vendor codes do not. */
	if ((s = r->val[F_SPEC]) != NULL && r->kind >= 0) {
		if (r->kind >= KIND_UNOFFICIAL && strncmp(s, "RFC ", 4) == 0)
			error(ps->db, ps->file, r->vline[F_SPEC],
			    "spec: a vendor code cites the vendor, not an RFC");
		else if (r->kind < KIND_UNOFFICIAL &&
		    strncmp(s, "RFC ", 4) != 0 && strncmp(s, "draft-", 6) != 0)
			error(ps->db, ps->file, r->vline[F_SPEC],
			    "spec: a registered code cites an RFC or a draft");
	}
	for (i = 0; i < CONST_MAX; i++)
		check_consts(ps, r, i);
	/* A registered code's origin is IANA, in every language. */
	if (r->val[F_ORIGIN_KO] != NULL && r->val[F_ORIGIN] != NULL &&
	    strcmp(r->val[F_ORIGIN], "IANA") == 0)
		error(ps->db, ps->file, r->vline[F_ORIGIN_KO],
		    "origin.ko: IANA needs no Korean name");
	if (r->val[F_PHRASE] != NULL && r->val[F_NAME + LANG_KO] != NULL &&
	    strcmp(r->val[F_PHRASE], r->val[F_NAME + LANG_KO]) == 0)
		error(ps->db, ps->file, r->vline[F_NAME + LANG_KO],
		    "name.ko copies the phrase");
	for (l = 1; l < LANG_MAX; l++)
		if ((r->val[F_CAUSES] == NULL) !=
		    (r->val[F_CAUSES + l] == NULL))
			error(ps->db, ps->file, r->line,
			    "causes given in one language only");
	/* Every error code says what usually causes it. */
	if (r->code >= 400 && r->val[F_CAUSES] == NULL)
		error(ps->db, ps->file, r->line,
		    "an error code needs causes.en and causes.ko");
	check_differ(ps, r, F_SUMMARY);
	check_differ(ps, r, F_DETAIL);
	check_differ(ps, r, F_CAUSES);
	for (l = 0; l < LANG_MAX; l++)
		if ((s = r->val[F_DETAIL + l]) != NULL &&
		    sentences(s) < DF_DETAIL_SENTENCES)
			error(ps->db, ps->file, r->vline[F_DETAIL + l],
			    "%s: %d sentences, fewer than %d",
			    df_field_names[F_DETAIL + l], sentences(s),
			    DF_DETAIL_SENTENCES);

	/* The lists, split here and nowhere else. */
	if ((s = r->val[F_ALIAS]) != NULL)
		for (; *s != '\0'; s = *e == '\0' ? e : e + 1) {
			e = s + strcspn(s, "\n");
			push(&r->aliases, &naliases, s, (size_t)(e - s));
		}
	if ((s = r->val[F_HEADERS]) != NULL)
		for (e = s + strlen(s); (w = word_field(&s, e, &n)) != NULL;) {
			if (!valid_header_name(w, n))
				error(ps->db, ps->file, r->vline[F_HEADERS],
				    "'%.*s' is not a known header field name "
				    "(the list is in src/gen/datafile.c)",
				    (int)n, w);
			push(&r->headers, &nheaders, w, n);
		}
	if ((s = r->val[F_SOURCE]) != NULL)
		for (; *s != '\0'; s = *e == '\0' ? e : e + 1) {
			e = s + strcspn(s, "\n");
			push(&r->sources, &nsources, s, (size_t)(e - s));
		}
	r->see = xmalloc(sizeof(*r->see));
	if ((s = r->val[F_SEE]) != NULL)
		for (e = s + strlen(s); (w = word_field(&s, e, &n)) != NULL;) {
			code = parse_id(w, n, &sub);
			if (code < 0 || (code < 100 || code > 599 ?
			    sub >= 0 || outside_kind(code) < 0 : 0))
				error(ps->db, ps->file, r->vline[F_SEE],
				    "see: '%.*s' is not a status code", (int)n,
				    w);
			else if (code == r->code && sub == r->sub)
				error(ps->db, ps->file, r->vline[F_SEE],
				    "see: %.*s is this record's own code",
				    (int)n, w);
			else {
				r->see = xreallocarray(r->see, nsee + 2,
				    sizeof(*r->see));
				r->see[nsee].code = code;
				r->see[nsee++].sub = sub;
			}
		}
	r->see[nsee].code = -1;
	r->see[nsee].sub = -1;
	if (r->aliases == NULL)
		r->aliases = xcalloc(1, sizeof(*r->aliases));
	if (r->headers == NULL)
		r->headers = xcalloc(1, sizeof(*r->headers));
	if (r->sources == NULL)
		r->sources = xcalloc(1, sizeof(*r->sources));
}

/* Checks the record just ended and its fields as a whole. */
static void
close_record(struct parser *ps)
{
	struct df_record *r = ps->cur;
	int f, need;

	if (r == NULL)
		return;
	ps->cur = NULL;
	ps->multi = -1;
	need = r->is_class ? FL_REQ_CLASS : FL_REQ_CODE;
	for (f = 0; f < F_MAX; f++) {
		if (r->val[f] == NULL) {
			if (field_flags[f] & need)
				error(ps->db, ps->file, r->line,
				    "%s record lacks required field '%s'",
				    r->is_class ? "class" : "code",
				    df_field_names[f]);
			continue;
		}
		check_text(ps, r, f);
	}
	if (!r->is_class)
		check_code(ps, r);
}

static void
parse_line(struct parser *ps, char *s)
{
	struct df_db *db = ps->db;
	struct df_record *r;
	size_t n = strlen(s);
	char *colon, *val;
	int f, code;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\r'))
		s[--n] = '\0';
	if (u8_check((const uint8_t *)s, n) != NULL) {
		error(db, ps->file, ps->line, "invalid UTF-8");
		return;
	}
	if (strchr(s, '\t') != NULL) {
		error(db, ps->file, ps->line,
		    "tab character; indent with two spaces");
		return;
	}
	if (s[0] == '#')
		return;
	if (n == 0) {
		if (ps->multi >= 0 && ps->cur->val[ps->multi] != NULL &&
		    ps->cur->val[ps->multi][0] != '\0')
			ps->par = 1;
		return;
	}
	if (s[0] == ' ') {
		if (ps->multi < 0) {
			error(db, ps->file, ps->line,
			    "indented line outside a multi-line field");
			return;
		}
		s += strspn(s, " ");
		add_text(ps->cur, ps->multi, s, ps->par ? '\n' : ' ',
		    ps->line);
		ps->par = 0;
		return;
	}

	ps->multi = -1;
	ps->par = 0;
	colon = strchr(s, ':');
	if (colon == NULL || colon == s ||
	    strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789.") !=
	    (size_t)(colon - s)) {
		error(db, ps->file, ps->line, "expected 'field: value'");
		return;
	}
	if ((f = field_lookup(s, (size_t)(colon - s))) < 0) {
		error(db, ps->file, ps->line, "unknown field '%.*s'",
		    (int)(colon - s), s);
		return;
	}
	val = colon + 1;
	val += strspn(val, " ");

	if (f == F_CLASS || f == F_CODE) {
		close_record(ps);
		if (db->nrec == db->cap) {
			db->cap = db->cap ? 2 * db->cap : 256;
			db->rec = xrealloc(db->rec, db->cap * sizeof(*db->rec));
		}
		r = ps->cur = &db->rec[db->nrec++];
		memset(r, 0, sizeof(*r));
		r->file = ps->file;
		r->line = ps->line;
		r->seq = db->nrec;
		r->is_class = f == F_CLASS;
		r->kind = -1;
		r->code = -1;
		r->sub = -1;
		r->val[f] = xstrdup(val);
		r->vline[f] = ps->line;
		if (f == F_CLASS) {
			if (strlen(val) != 3 || val[0] < '1' || val[0] > '5' ||
			    strcmp(val + 1, "xx") != 0) {
				error(db, ps->file, ps->line,
				    "class '%s' is not one of 1xx-5xx", val);
				return;
			}
			r->code = 100 * (val[0] - '0');
			if (ps->other)
				error(db, ps->file, ps->line, "other.txt holds "
				    "codes outside the classes, and no class");
			if (ps->have_class)
				error(db, ps->file, ps->line,
				    "second class record in one file");
			ps->have_class = 1;
			if (ps->file_class != 0 &&
			    val[0] - '0' != ps->file_class)
				error(db, ps->file, ps->line,
				    "class %s does not match the file name",
				    val);
			return;
		}
		code = parse_id(val, strlen(val), &r->sub);
		if (code < 0) {
			error(db, ps->file, ps->line,
			    "code '%s' is not three digits (or three digits, a "
			    "dot and an IIS substatus: 500.19)", val);
			return;
		}
		if (ps->other && (outside_kind(code) < 0 || r->sub >= 0)) {
			error(db, ps->file, ps->line, "code %s is not one of "
			    "the numbers outside 100-599 that other.txt may "
			    "hold (000, 999)", val);
			return;
		}
		if (!ps->other && (code < 100 || code > 599)) {
			error(db, ps->file, ps->line,
			    "code %s is outside 100-599%s", val,
			    outside_kind(code) >= 0 ? " (it goes in "
			    "other.txt)" : "");
			return;
		}
		r->code = code;
		if (ps->file_class != 0 && code / 100 != ps->file_class)
			error(db, ps->file, ps->line,
			    "code %d does not belong to class %dxx of this "
			    "file", code, ps->file_class);
		if (code < ps->last_code || (code == ps->last_code &&
		    r->sub < ps->last_sub))
			error(db, ps->file, ps->line,
			    "code %s out of order: it comes after %03d%s", val,
			    ps->last_code, ps->last_sub >= 0 ? " and a "
			    "substatus of it" : "");
		ps->last_code = code;
		ps->last_sub = r->sub;
		return;
	}

	if ((r = ps->cur) == NULL) {
		error(db, ps->file, ps->line,
		    "field '%s' before the first 'class:' or 'code:' line",
		    df_field_names[f]);
		return;
	}
	if (!(field_flags[f] & (r->is_class ? FL_CLASS : FL_CODE))) {
		error(db, ps->file, ps->line,
		    "field '%s' does not belong in a %s record",
		    df_field_names[f], r->is_class ? "class" : "code");
		return;
	}
	if (r->val[f] != NULL && !(field_flags[f] & FL_REPEAT)) {
		error(db, ps->file, ps->line, "field '%s' given twice",
		    df_field_names[f]);
		return;
	}
	if (*val == '\0' && !(field_flags[f] & FL_MULTI)) {
		error(db, ps->file, ps->line, "field '%s' is empty",
		    df_field_names[f]);
		return;
	}
	if (f >= F_CONST && f < F_CONST + CONST_MAX) {
		parse_const(ps, r, f - F_CONST, val);
		return;
	}
	if (r->val[f] == NULL)
		r->vline[f] = ps->line;
	add_text(r, f, val, '\n', ps->line);
	if (field_flags[f] & FL_MULTI)
		ps->multi = f;
}

void
df_init(struct df_db *db, FILE *errf)
{
	memset(db, 0, sizeof(*db));
	db->errf = errf;
}

int
df_read_stream(struct df_db *db, FILE *fp, const char *name)
{
	struct parser ps;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int before = db->nerr;

	memset(&ps, 0, sizeof(ps));
	ps.db = db;
	db->files = xrealloc(db->files, (db->nfiles + 1) * sizeof(char *));
	ps.file = db->files[db->nfiles++] = xstrdup(name);
	ps.file_class = class_of_file(name);
	ps.other = is_other(name);
	ps.multi = -1;
	ps.last_sub = -1;
	if (ps.file_class == 0 && !ps.other)
		error(db, ps.file, 0, "file name must start with its class, "
		    "as in 4xx.txt (or be other.txt)");
	while ((len = getline(&line, &cap, fp)) != -1) {
		ps.line++;
		if (memchr(line, '\0', (size_t)len) != NULL) {
			error(db, ps.file, ps.line, "NUL byte");
			continue;
		}
		if (len > 0 && line[len - 1] == '\n')
			line[len - 1] = '\0';
		parse_line(&ps, line);
	}
	close_record(&ps);
	free(line);
	if (ferror(fp))
		error(db, ps.file, 0, "read error: %s", strerror(errno));
	else if (!ps.have_class && ps.file_class != 0 && !ps.other)
		error(db, ps.file, 0, "no 'class: %dxx' record",
		    ps.file_class);
	return db->nerr - before;
}

/* Opens path and reads it with fn; returns the number of errors. */
static int
read_path(struct df_db *db, const char *path,
    int (*fn)(struct df_db *, FILE *, const char *))
{
	FILE *fp;
	int n;

	if ((fp = fopen(path, "r")) == NULL) {
		error(db, path, 0, "%s", strerror(errno));
		return 1;
	}
	n = fn(db, fp, path);
	fclose(fp);
	return n;
}

int
df_read(struct df_db *db, const char *path)
{
	return read_path(db, path, df_read_stream);
}

/*
 * Reads the Korean glossary of data/WRITING.md: the lines
 * "- 사용: TERM — 쓰지 않음: VARIANT, VARIANT", which the Korean fields
 * of the records read after it must follow.  Returns the number of
 * errors.
 */
int
df_read_glossary_stream(struct df_db *db, FILE *fp, const char *name)
{
	static const char use[] = "- 사용: ", sep[] = " — 쓰지 않음: ";
	struct df_term *t;
	char *line = NULL, *s, *e, *v;
	size_t cap = 0, n, nv;
	ssize_t len;
	int lineno = 0, before = db->nerr;

	free(db->glossary);
	db->glossary = xstrdup(name);
	while ((len = getline(&line, &cap, fp)) != -1) {
		lineno++;
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		if (strncmp(line, use, strlen(use)) != 0)
			continue;
		s = line + strlen(use);
		if ((e = strstr(s, sep)) == NULL || e == s ||
		    e[strlen(sep)] == '\0') {
			error(db, name, lineno, "a glossary line reads "
			    "'%sTERM%sVARIANT, VARIANT'", use, sep);
			continue;
		}
		*e = '\0';
		db->terms = xreallocarray(db->terms, db->nterms + 1,
		    sizeof(*db->terms));
		t = &db->terms[db->nterms++];
		t->use = xstrdup(s);
		t->avoid = NULL;
		nv = 0;
		for (s = e + strlen(sep); *s != '\0'; s = *e ? e + 2 : e) {
			if ((e = strstr(s, ", ")) == NULL)
				e = s + strlen(s);
			n = (size_t)(e - s);
			v = xstrndup(s, n);
			if (n == 0 || strstr(t->use, v) != NULL)
				error(db, name, lineno, "glossary: '%s' cannot "
				    "be a variant of '%s'", v, t->use);
			push(&t->avoid, &nv, v, n);
			free(v);
		}
	}
	free(line);
	if (ferror(fp))
		error(db, name, 0, "read error: %s", strerror(errno));
	else if (db->nterms == 0)
		error(db, name, 0, "no glossary lines ('%sTERM%sVARIANT')",
		    use, sep);
	return db->nerr - before;
}

int
df_read_glossary(struct df_db *db, const char *path)
{
	return read_path(db, path, df_read_glossary_stream);
}

static int
by_code(const void *a, const void *b)
{
	const struct df_record *x = a, *y = b;

	if (x->is_class != y->is_class)
		return x->is_class ? -1 : 1;
	if (x->code != y->code)
		return x->code < y->code ? -1 : 1;
	/* A code's meanings first, then its substatus codes in order. */
	if (x->sub != y->sub)
		return x->sub < y->sub ? -1 : 1;
	/* Stable: keep the order of the files and of the lines. */
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* A record of code (sub -1: a meaning of the code itself), or NULL. */
static const struct df_record *
find_code(const struct df_db *db, int code, int sub)
{
	size_t i;

	for (i = 0; i < db->nrec; i++)
		if (!db->rec[i].is_class && db->rec[i].code == code &&
		    db->rec[i].sub == sub)
			return &db->rec[i];
	return NULL;
}

/*
 * Reads data/common.txt, the codes in the order in which people meet
 * them, the most common first: one "CODE" or "CODE ORIGIN" a line (the
 * origin picks one of a number's meanings; without it, the first),
 * '#' comments.  Call after df_finish; each listed record gets a prior,
 * higher the commoner.
 */
int
df_read_common(struct df_db *db, const char *path)
{
	struct df_record *r, *hit;
	FILE *fp;
	char *line = NULL, *o;
	size_t cap = 0, i, nlines = 0, n;
	ssize_t len;
	int before = db->nerr, lineno = 0, code;

	if ((fp = fopen(path, "r")) == NULL) {
		error(db, path, 0, "%s", strerror(errno));
		return 1;
	}
	while (getline(&line, &cap, fp) != -1)
		nlines++;
	rewind(fp);
	while ((len = getline(&line, &cap, fp)) != -1) {
		lineno++;
		n = (size_t)len;
		while (n > 0 && word_blank_byte((unsigned char)line[n - 1]))
			line[--n] = '\0';
		if (n == 0 || line[0] == '#')
			continue;
		code = n >= 3 ? word_code3(line, 3) : -1;
		if (code < 0 || (n > 3 && line[3] != ' ')) {
			error(db, path, lineno, "expected 'CODE' or 'CODE "
			    "ORIGIN'");
			continue;
		}
		o = n > 3 ? line + 4 : NULL;
		for (i = 0, hit = NULL; i < db->nrec && hit == NULL; i++) {
			r = &db->rec[i];
			if (!r->is_class && r->code == code && r->sub < 0 &&
			    (o == NULL ||
			    (r->val[F_ORIGIN] != NULL &&
			    strcmp(r->val[F_ORIGIN], o) == 0)))
				hit = r;
		}
		if (hit == NULL) {
			if (!db->subset)
				error(db, path, lineno, "no record %s", line);
			continue;
		}
		if (hit->prior != 0)
			error(db, path, lineno, "%s listed twice", line);
		hit->prior = (int)(nlines - (size_t)lineno + 1);
	}
	free(line);
	fclose(fp);
	return db->nerr - before;
}

/*
 * The IANA registry of status codes, as last updated on this date
 * (2025-09-15: 104's temporary registration extended), with the
 * reference it gives: every code must be in the data, from origin
 * IANA, citing that reference.  hsc --version names the date: update it
 * with the list.
 */
const char df_iana_date[] = "2025-09-15";

static const struct {
	int		 code;
	const char	*spec;
} iana[] = {
	{ 100, "RFC 9110 §15.2.1" }, { 101, "RFC 9110 §15.2.2" },
	{ 102, "RFC 2518 §10.1" }, { 103, "RFC 8297 §2" },
	{ 200, "RFC 9110 §15.3.1" }, { 201, "RFC 9110 §15.3.2" },
	{ 202, "RFC 9110 §15.3.3" }, { 203, "RFC 9110 §15.3.4" },
	{ 204, "RFC 9110 §15.3.5" }, { 205, "RFC 9110 §15.3.6" },
	{ 206, "RFC 9110 §15.3.7" }, { 207, "RFC 4918 §11.1" },
	{ 208, "RFC 5842 §7.1" }, { 226, "RFC 3229 §10.4.1" },
	{ 300, "RFC 9110 §15.4.1" }, { 301, "RFC 9110 §15.4.2" },
	{ 302, "RFC 9110 §15.4.3" }, { 303, "RFC 9110 §15.4.4" },
	{ 304, "RFC 9110 §15.4.5" }, { 305, "RFC 9110 §15.4.6" },
	{ 306, "RFC 9110 §15.4.7" }, { 307, "RFC 9110 §15.4.8" },
	{ 308, "RFC 9110 §15.4.9" }, { 400, "RFC 9110 §15.5.1" },
	{ 401, "RFC 9110 §15.5.2" }, { 402, "RFC 9110 §15.5.3" },
	{ 403, "RFC 9110 §15.5.4" }, { 404, "RFC 9110 §15.5.5" },
	{ 405, "RFC 9110 §15.5.6" }, { 406, "RFC 9110 §15.5.7" },
	{ 407, "RFC 9110 §15.5.8" }, { 408, "RFC 9110 §15.5.9" },
	{ 409, "RFC 9110 §15.5.10" }, { 410, "RFC 9110 §15.5.11" },
	{ 411, "RFC 9110 §15.5.12" }, { 412, "RFC 9110 §15.5.13" },
	{ 413, "RFC 9110 §15.5.14" }, { 414, "RFC 9110 §15.5.15" },
	{ 415, "RFC 9110 §15.5.16" }, { 416, "RFC 9110 §15.5.17" },
	{ 417, "RFC 9110 §15.5.18" }, { 418, "RFC 9110 §15.5.19" },
	{ 421, "RFC 9110 §15.5.20" }, { 422, "RFC 9110 §15.5.21" },
	{ 423, "RFC 4918 §11.3" }, { 424, "RFC 4918 §11.4" },
	{ 425, "RFC 8470 §5.2" }, { 426, "RFC 9110 §15.5.22" },
	{ 428, "RFC 6585 §3" }, { 429, "RFC 6585 §4" },
	{ 431, "RFC 6585 §5" }, { 451, "RFC 7725 §3" },
	{ 500, "RFC 9110 §15.6.1" }, { 501, "RFC 9110 §15.6.2" },
	{ 502, "RFC 9110 §15.6.3" }, { 503, "RFC 9110 §15.6.4" },
	{ 504, "RFC 9110 §15.6.5" }, { 505, "RFC 9110 §15.6.6" },
	{ 506, "RFC 2295 §8.1" }, { 507, "RFC 4918 §11.5" },
	{ 508, "RFC 5842 §7.2" }, { 510, "RFC 2774 §7" },
	{ 511, "RFC 6585 §6" },
	{ 104, NULL },	/* temporary: its draft's section moves */
};

/*
 * Checks what spans files: one class record per class, no code twice
 * from one origin, see-also targets that exist.  Sorts the records:
 * classes first, then codes in order, meanings in file order.
 */
int
df_finish(struct df_db *db)
{
	const struct df_record *r, *q;
	size_t i, j;
	int before = db->nerr, seen[6] = { 0 };
	const struct df_ref *s;

	if (db->nrec > 0)
		qsort(db->rec, db->nrec, sizeof(*db->rec), by_code);
	for (i = 0; i < db->nrec; i++) {
		r = &db->rec[i];
		if (r->is_class) {
			if (seen[r->code / 100]++)
				error(db, r->file, r->line,
				    "class %dxx described twice", r->code / 100);
			continue;
		}
		for (j = i; j-- > 0;) {
			q = &db->rec[j];
			if (q->is_class || q->code != r->code ||
			    q->sub != r->sub)
				break;
			if (q->val[F_ORIGIN] != NULL &&
			    r->val[F_ORIGIN] != NULL &&
			    strcasecmp(q->val[F_ORIGIN], r->val[F_ORIGIN]) == 0)
				error(db, r->file, r->line,
				    "code %s from %s already defined at %s:%d",
				    r->val[F_CODE], r->val[F_ORIGIN], q->file,
				    q->line);
		}
		if (r->sub >= 0 && find_code(db, r->code, -1) == NULL)
			error(db, r->file, r->line, "%s is a substatus of %d, "
			    "which is not in the data", r->val[F_CODE],
			    r->code);
		/* An origin has one Korean name, or none, everywhere. */
		for (j = 0; j < i; j++) {
			q = &db->rec[j];
			if (q->is_class || q->val[F_ORIGIN] == NULL ||
			    r->val[F_ORIGIN] == NULL ||
			    strcmp(q->val[F_ORIGIN], r->val[F_ORIGIN]) != 0)
				continue;
			if ((q->val[F_ORIGIN_KO] == NULL) !=
			    (r->val[F_ORIGIN_KO] == NULL) ||
			    (q->val[F_ORIGIN_KO] != NULL &&
			    strcmp(q->val[F_ORIGIN_KO],
			    r->val[F_ORIGIN_KO]) != 0))
				error(db, r->file, r->line, "origin '%s' has "
				    "another origin.ko at %s:%d; give it the "
				    "same one everywhere", r->val[F_ORIGIN],
				    q->file, q->line);
			break;
		}
		for (s = r->see; s != NULL && s->code >= 0; s++)
			if (find_code(db, s->code, s->sub) == NULL) {
				if (s->sub >= 0)
					error(db, r->file, r->vline[F_SEE],
					    "see: code %03d.%d is not in the "
					    "data", s->code, s->sub);
				else
					error(db, r->file, r->vline[F_SEE],
					    "see: code %03d is not in the data",
					    s->code);
			}
	}
	for (i = 1; i <= 5; i++)
		if (!seen[i])
			error(db, "hscgen", 0, "no record describes class %zuxx",
			    i);
	for (i = 0; i < sizeof(iana) / sizeof(iana[0]); i++) {
		for (j = 0; j < db->nrec; j++) {
			r = &db->rec[j];
			if (!r->is_class && r->code == iana[i].code &&
			    r->sub < 0 &&
			    r->val[F_ORIGIN] != NULL &&
			    strcmp(r->val[F_ORIGIN], "IANA") == 0)
				break;
		}
		if (j == db->nrec && !db->subset)
			error(db, "hscgen", 0, "IANA's code %d is not in the "
			    "data", iana[i].code);
		else if (j < db->nrec && iana[i].spec != NULL &&
		    r->val[F_SPEC] != NULL &&
		    strcmp(r->val[F_SPEC], iana[i].spec) != 0)
			error(db, r->file, r->vline[F_SPEC], "spec: IANA cites "
			    "%s for %d", iana[i].spec, r->code);
	}
	return db->nerr - before;
}

void
df_free(struct df_db *db)
{
	char **p;
	size_t i, j;
	int f;

	for (i = 0; i < db->nrec; i++) {
		for (f = 0; f < F_MAX; f++)
			free(db->rec[i].val[f]);
		free(db->rec[i].see);
		for (p = db->rec[i].aliases; p != NULL && *p != NULL; p++)
			free(*p);
		for (p = db->rec[i].headers; p != NULL && *p != NULL; p++)
			free(*p);
		for (p = db->rec[i].sources; p != NULL && *p != NULL; p++)
			free(*p);
		free(db->rec[i].aliases);
		free(db->rec[i].headers);
		free(db->rec[i].sources);
		for (f = 0; f < F_MAX; f++)
			free(db->rec[i].segs[f]);
		for (f = 0; f < CONST_MAX; f++) {
			for (j = 0; j < db->rec[i].nconsts[f]; j++) {
				free(db->rec[i].consts[f][j].name);
				free(db->rec[i].consts[f][j].since);
				free(db->rec[i].consts[f][j].until);
				free(db->rec[i].consts[f][j].deprecated);
			}
			free(db->rec[i].consts[f]);
		}
	}
	for (i = 0; i < db->nterms; i++) {
		free(db->terms[i].use);
		for (p = db->terms[i].avoid; p != NULL && *p != NULL; p++)
			free(*p);
		free(db->terms[i].avoid);
	}
	free(db->terms);
	free(db->glossary);
	for (i = 0; i < db->nfiles; i++)
		free(db->files[i]);
	free(db->files);
	free(db->rec);
	memset(db, 0, sizeof(*db));
}

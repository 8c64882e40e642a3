/*
 * Reads the human-edited data files and checks everything a person can
 * get wrong in them, reporting each problem as FILE:LINE: message.
 * Errors are counted, not fatal, so that one build shows them all.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <uninorm.h>
#include <unistr.h>
#include <uniwidth.h>

#include "codes.h"
#include "datafile.h"

const char *const df_field_names[F_MAX] = {
	"class", "code", "origin", "kind", "phrase", "alias",
	"name.en", "name.ko", "summary.en", "summary.ko", "spec", "see",
	"headers", "const.go", "const.python", "const.rust", "const.spring",
	"const.dotnet", "const.node", "detail.en", "detail.ko",
	"causes.en", "causes.ko",
};

/* Where a field may appear, and how. */
#define FL_CODE		0x01	/* allowed in a code record */
#define FL_CLASS	0x02	/* allowed in a class record */
#define FL_REQ_CODE	0x04	/* required in a code record */
#define FL_REQ_CLASS	0x08	/* required in a class record */
#define FL_MULTI	0x10	/* paragraphs on indented lines */
#define FL_REPEAT	0x20	/* may be given more than once */

static const unsigned char field_flags[F_MAX] = {
	[F_CLASS] = FL_CLASS | FL_REQ_CLASS,
	[F_CODE] = FL_CODE | FL_REQ_CODE,
	[F_ORIGIN] = FL_CODE | FL_REQ_CODE,
	[F_KIND] = FL_CODE | FL_REQ_CODE,
	[F_PHRASE] = FL_CODE | FL_REQ_CODE,
	[F_ALIAS] = FL_CODE | FL_REPEAT,
	[F_NAME_EN] = FL_CLASS | FL_REQ_CLASS,
	[F_NAME_KO] = FL_CODE | FL_CLASS | FL_REQ_CODE | FL_REQ_CLASS,
	[F_SUMMARY_EN] = FL_CODE | FL_CLASS | FL_REQ_CODE | FL_REQ_CLASS,
	[F_SUMMARY_KO] = FL_CODE | FL_CLASS | FL_REQ_CODE | FL_REQ_CLASS,
	[F_SPEC] = FL_CODE | FL_REQ_CODE,
	[F_SEE] = FL_CODE,
	[F_HEADERS] = FL_CODE,
	[F_CONST_GO] = FL_CODE,
	[F_CONST_PYTHON] = FL_CODE,
	[F_CONST_RUST] = FL_CODE,
	[F_CONST_SPRING] = FL_CODE,
	[F_CONST_DOTNET] = FL_CODE,
	[F_CONST_NODE] = FL_CODE,
	[F_DETAIL_EN] = FL_CODE | FL_CLASS | FL_REQ_CODE | FL_REQ_CLASS |
	    FL_MULTI,
	[F_DETAIL_KO] = FL_CODE | FL_CLASS | FL_REQ_CODE | FL_REQ_CLASS |
	    FL_MULTI,
	[F_CAUSES_EN] = FL_CODE | FL_MULTI,
	[F_CAUSES_KO] = FL_CODE | FL_MULTI,
};

struct parser {
	struct df_db		*db;
	const char		*file;
	int			 file_class;	/* 1-5, or 0 when unknown */
	int			 line;
	struct df_record	*cur;
	int			 multi;		/* field taking text, or -1 */
	int			 par;		/* blank line seen in it */
	int			 last_code;
	int			 have_class;
};

static void	 error(struct df_db *, const char *, int, const char *, ...)
		    __attribute__((format(printf, 4, 5)));
static void	*xrealloc(void *, size_t);
static char	*xstrdup(const char *);
static void	 append(char **, const char *, int);
static int	 field_lookup(const char *, size_t);
static void	 close_record(struct parser *);
static void	 check_text(struct parser *, const struct df_record *, int);
static void	 parse_line(struct parser *, char *);
static int	 parse_code(const char *);
static int	 class_of_file(const char *);

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

static void *
xrealloc(void *p, size_t n)
{
	if ((p = realloc(p, n)) == NULL) {
		perror("hscgen");
		exit(2);
	}
	return p;
}

static char *
xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xrealloc(NULL, n), s, n);
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

/* Returns 100-599 for a well-formed code, -1 if malformed, 0 if out of range. */
static int
parse_code(const char *s)
{
	int v;

	if (strlen(s) != 3 || !isdigit((unsigned char)s[0]) ||
	    !isdigit((unsigned char)s[1]) || !isdigit((unsigned char)s[2]))
		return -1;
	v = atoi(s);
	return v >= 100 && v <= 599 ? v : 0;
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

/* Checks that a field's text is NFC and, for summaries, short enough. */
static void
check_text(struct parser *ps, const struct df_record *r, int f)
{
	const char *s = r->val[f];
	size_t n = strlen(s), len;
	uint8_t *nfc;
	int w;

	nfc = u8_normalize(UNINORM_NFC, (const uint8_t *)s, n, NULL, &len);
	if (nfc == NULL) {
		perror("hscgen: u8_normalize");
		exit(2);
	}
	if (len != n || memcmp(nfc, s, n) != 0)
		error(ps->db, ps->file, r->vline[f],
		    "%s: text is not in Unicode NFC", df_field_names[f]);
	free(nfc);
	if (f == F_SUMMARY_EN || f == F_SUMMARY_KO) {
		w = u8_strwidth((const uint8_t *)s, "UTF-8");
		if (w > DF_SUMMARY_MAX)
			error(ps->db, ps->file, r->vline[f],
			    "%s: %d columns wide, more than %d",
			    df_field_names[f], w, DF_SUMMARY_MAX);
	}
	if (n == 0)
		error(ps->db, ps->file, r->vline[f], "%s: empty text",
		    df_field_names[f]);
}

static int
valid_header_name(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!isalnum((unsigned char)s[i]) &&
		    strchr("!#$%&'*+-.^_`|~", s[i]) == NULL)
			return 0;
	return n > 0;
}

/*
 * Whether s has the form of a constant in its language: a prefix, then
 * letters from the given set (http.StatusNotFound, HTTPStatus.NOT_FOUND,
 * StatusCode::NOT_FOUND, HttpStatus.NOT_FOUND, HttpStatusCode.NotFound).
 */
static int
const_form(int f, const char *s)
{
	static const struct {
		int		 field;
		const char	*prefix;
		const char	*chars;
	} forms[] = {
		{ F_CONST_GO, "http.Status", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
		    "abcdefghijklmnopqrstuvwxyz" },
		{ F_CONST_PYTHON, "HTTPStatus.", "ABCDEFGHIJKLMNOPQRSTUVWXYZ_" },
		{ F_CONST_RUST, "StatusCode::", "ABCDEFGHIJKLMNOPQRSTUVWXYZ_" },
		{ F_CONST_SPRING, "HttpStatus.", "ABCDEFGHIJKLMNOPQRSTUVWXYZ_" },
		{ F_CONST_DOTNET, "HttpStatusCode.", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
		    "abcdefghijklmnopqrstuvwxyz" },
	};
	size_t i, n;

	for (i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
		if (forms[i].field != f)
			continue;
		n = strlen(forms[i].prefix);
		return strncmp(s, forms[i].prefix, n) == 0 && s[n] != '\0' &&
		    strspn(s + n, forms[i].chars) == strlen(s + n);
	}
	return 1;
}

/* Checks the record just ended and its fields as a whole. */
static void
close_record(struct parser *ps)
{
	struct df_record *r = ps->cur;
	const char *s, *e;
	int f, need, code, k;
	size_t nsee;

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
	if (r->is_class)
		return;

	if (r->val[F_KIND] != NULL) {
		for (k = 0; k < KIND_MAX; k++)
			if (strcmp(r->val[F_KIND], hsc_kind_names[k]) == 0)
				break;
		if (k == KIND_MAX)
			error(ps->db, ps->file, r->vline[F_KIND],
			    "unknown kind '%s' (standard, webdav, "
			    "experimental, deprecated, unused, unofficial)",
			    r->val[F_KIND]);
		else if (r->val[F_ORIGIN] != NULL &&
		    (k == KIND_UNOFFICIAL) !=
		    (strcmp(r->val[F_ORIGIN], "IANA") != 0))
			error(ps->db, ps->file, r->vline[F_KIND],
			    "kind '%s' does not fit origin '%s': only codes "
			    "outside IANA are unofficial", r->val[F_KIND],
			    r->val[F_ORIGIN]);
		r->kind = k;
	}
	for (f = F_CONST_GO; f <= F_CONST_DOTNET; f++)
		if (r->val[f] != NULL && !const_form(f, r->val[f]))
			error(ps->db, ps->file, r->vline[f],
			    "%s: '%s' is not a constant of that language",
			    df_field_names[f], r->val[f]);
	if (r->val[F_CONST_NODE] != NULL && r->val[F_PHRASE] != NULL &&
	    strcmp(r->val[F_CONST_NODE], r->val[F_PHRASE]) == 0)
		error(ps->db, ps->file, r->vline[F_CONST_NODE],
		    "const.node repeats the phrase; give it only where Node "
		    "differs");
	if ((r->val[F_CAUSES_EN] == NULL) != (r->val[F_CAUSES_KO] == NULL))
		error(ps->db, ps->file, r->line,
		    "causes given in one language only");

	if ((s = r->val[F_HEADERS]) != NULL) {
		while (*s != '\0') {
			e = s + strcspn(s, " ");
			if (!valid_header_name(s, (size_t)(e - s)))
				error(ps->db, ps->file, r->vline[F_HEADERS],
				    "'%.*s' is not a header field name",
				    (int)(e - s), s);
			s = e + strspn(e, " ");
		}
	}

	nsee = 0;
	r->see = xrealloc(NULL, sizeof(*r->see));
	if ((s = r->val[F_SEE]) != NULL) {
		while (*s != '\0') {
			char tok[8];

			e = s + strcspn(s, " ");
			code = -1;
			if (e - s < (long)sizeof(tok)) {
				memcpy(tok, s, (size_t)(e - s));
				tok[e - s] = '\0';
				code = parse_code(tok);
			}
			if (code <= 0)
				error(ps->db, ps->file, r->vline[F_SEE],
				    "see: '%.*s' is not a status code",
				    (int)(e - s), s);
			else {
				r->see = xrealloc(r->see,
				    (nsee + 2) * sizeof(*r->see));
				r->see[nsee++] = (unsigned short)code;
			}
			s = e + strspn(e, " ");
		}
	}
	r->see[nsee] = 0;
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
		append(&ps->cur->val[ps->multi], s, ps->par ? '\n' : ' ');
		ps->par = 0;
		return;
	}

	ps->multi = -1;
	ps->par = 0;
	colon = strchr(s, ':');
	if (colon == NULL || colon == s ||
	    strspn(s, "abcdefghijklmnopqrstuvwxyz.") != (size_t)(colon - s)) {
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
		code = parse_code(val);
		if (code < 0) {
			error(db, ps->file, ps->line,
			    "code '%s' is not three digits", val);
			return;
		}
		if (code == 0) {
			error(db, ps->file, ps->line,
			    "code %s is outside 100-599", val);
			return;
		}
		r->code = code;
		if (ps->file_class != 0 && code / 100 != ps->file_class)
			error(db, ps->file, ps->line,
			    "code %d does not belong to class %dxx of this "
			    "file", code, ps->file_class);
		if (code < ps->last_code)
			error(db, ps->file, ps->line,
			    "code %d out of order: it comes after %d", code,
			    ps->last_code);
		ps->last_code = code;
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
	if (r->val[f] == NULL)
		r->vline[f] = ps->line;
	append(&r->val[f], val, '\n');
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
	ps.multi = -1;
	if (ps.file_class == 0)
		error(db, ps.file, 0,
		    "file name must start with its class, as in 4xx.txt");
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
	else if (!ps.have_class && ps.file_class != 0)
		error(db, ps.file, 0, "no 'class: %dxx' record",
		    ps.file_class);
	return db->nerr - before;
}

int
df_read(struct df_db *db, const char *path)
{
	FILE *fp;
	int n;

	if ((fp = fopen(path, "r")) == NULL) {
		error(db, path, 0, "%s", strerror(errno));
		return 1;
	}
	n = df_read_stream(db, fp, path);
	fclose(fp);
	return n;
}

static int
by_code(const void *a, const void *b)
{
	const struct df_record *x = a, *y = b;

	if (x->is_class != y->is_class)
		return x->is_class ? -1 : 1;
	if (x->code != y->code)
		return x->code < y->code ? -1 : 1;
	/* Stable: keep the order of the files and of the lines. */
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static const struct df_record *
find_code(const struct df_db *db, int code)
{
	size_t i;

	for (i = 0; i < db->nrec; i++)
		if (!db->rec[i].is_class && db->rec[i].code == code)
			return &db->rec[i];
	return NULL;
}

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
	const unsigned short *s;

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
			if (q->is_class || q->code != r->code)
				break;
			if (q->val[F_ORIGIN] != NULL &&
			    r->val[F_ORIGIN] != NULL &&
			    strcasecmp(q->val[F_ORIGIN], r->val[F_ORIGIN]) == 0)
				error(db, r->file, r->line,
				    "code %d from %s already defined at %s:%d",
				    r->code, r->val[F_ORIGIN], q->file, q->line);
		}
		for (s = r->see; s != NULL && *s != 0; s++)
			if (find_code(db, *s) == NULL)
				error(db, r->file, r->vline[F_SEE],
				    "see: code %d is not in the data", *s);
	}
	for (i = 1; i <= 5; i++)
		if (!seen[i])
			error(db, "hscgen", 0, "no record describes class %zuxx",
			    i);
	return db->nerr - before;
}

void
df_free(struct df_db *db)
{
	size_t i;
	int f;

	for (i = 0; i < db->nrec; i++) {
		for (f = 0; f < F_MAX; f++)
			free(db->rec[i].val[f]);
		free(db->rec[i].see);
	}
	for (i = 0; i < db->nfiles; i++)
		free(db->files[i]);
	free(db->files);
	free(db->rec);
	memset(db, 0, sizeof(*db));
}

/*
 * hscgen: turns the files in data/ into build/table.inc, the rows of hsc's
 * compiled-in table.  It checks the files first (see datafile.c) and
 * writes nothing when they have errors, so a bad edit fails the build
 * with FILE:LINE: message.  It also computes the search keys, so that
 * hsc never folds its own table at run time.
 *
 * usage: hscgen [-s] [-g glossary] [-o output] file ...
 *   -s  the files hold a subset of the codes (the tests' fixture): do
 *       not require every code of the IANA registry
 *   -g  check the Korean texts against the glossary of this file
 *       (data/WRITING.md)

 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "datafile.h"
#include "table.h"
#include "ustr.h"
#include "word.h"
#include "xalloc.h"

static void	 emit_str(FILE *, const char *);
static void	 emit_list(FILE *, char *const *);
static void	 emit_consts(FILE *, const struct df_const *, size_t);
static char	*join(const struct df_record *, const int *);
static void	 add_words(const char *, int, int);
static void	 emit_index(FILE *);
static void	 emit_class(FILE *, const struct df_record *);
static void	 emit_code(FILE *, const struct df_record *);

/* Writes s as a C string literal, split into readable pieces. */
static void
emit_str(FILE *fp, const char *s)
{
	size_t run = 0;

	if (s == NULL) {
		fputs("NULL", fp);
		return;
	}
	fputc('"', fp);
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '"':
		case '\\':
		case '?':	/* no trigraphs */
			fprintf(fp, "\\%c", *s);
			break;
		case '\n':
			fputs("\\n", fp);
			break;
		default:
			fputc(*s, fp);
		}
		if (++run > 60 && *s == ' ' && s[1] != '\0') {
			fputs("\"\n\t    \"", fp);
			run = 0;
		}
	}
	fputc('"', fp);
}

/* Writes a NULL-terminated array literal of the strings of list. */
static void
emit_list(FILE *fp, char *const *list)
{
	fputs("(const char *const[]){ ", fp);
	for (; *list != NULL; list++) {
		emit_str(fp, *list);
		fputs(", ", fp);
	}
	fputs("NULL }", fp);
}

/* Writes a library's names with their versions, or NULL for none. */
static void
emit_consts(FILE *fp, const struct df_const *c, size_t n)
{
	size_t i;

	if (n == 0) {
		fputs("NULL", fp);
		return;
	}
	fputs("(const struct hsc_constant[]){ ", fp);
	for (i = 0; i < n; i++) {
		fputs("{ ", fp);
		emit_str(fp, c[i].name);
		fputs(", ", fp);
		emit_str(fp, c[i].since);
		fputs(", ", fp);
		emit_str(fp, c[i].until);
		fputs(", ", fp);
		emit_str(fp, c[i].deprecated);
		fputs(" }, ", fp);
	}
	fputs("{ NULL, NULL, NULL, NULL } }", fp);
}

/* The fields behind each search key, from names down to details. */
static const int key_parts[KEY_MAX][F_MAX + 1] = {
	{ F_PHRASE, F_ALIAS, F_NAME + LANG_KO,
#define X(id, key, label, prefix, chars)	F_CONST + CONST_##id,
	    HSC_CONSTS(X)
#undef X
	    -1 },
	{
#define X(id, code)	F_SUMMARY + LANG_##id,
	    HSC_LANGS(X)
#undef X
	    F_ORIGIN, F_ORIGIN_KO, F_SPEC, F_HEADERS, -1 },
	{
#define X(id, code)	F_DETAIL + LANG_##id, F_CAUSES + LANG_##id,
	    HSC_LANGS(X)
#undef X
	    -1 },
};

/* The given fields of r, one a line. */
static char *
join(const struct df_record *r, const int *parts)
{
	const int *p;
	size_t len = 1, n;
	char *f;

	for (p = parts; *p >= 0; p++)
		if (r->val[*p] != NULL)
			len += strlen(r->val[*p]) + 1;
	f = xcalloc(1, len);
	len = 0;
	for (p = parts; *p >= 0; p++) {
		if (r->val[*p] == NULL)
			continue;
		if (len > 0)
			f[len++] = '\n';
		n = strlen(r->val[*p]);
		memcpy(f + len, r->val[*p], n);
		len += n;
	}
	return f;
}

/* One occurrence of a word: in which entry, under which key. */
struct occurrence {
	char		*word;
	int		 entry;
	int		 key;
};

static struct occurrence *occ;
static size_t nocc, capocc;

/*
 * The names, one a line, each as its words joined by one space: the
 * form in which search compares a whole query with them.
 */
static char *
name_words(const char *names)
{
	const char *s = names, *e, *w, *end;
	char *r = xmalloc(strlen(names) + 1), *p = r;
	size_t n;

	while (*s != '\0') {
		end = s + strcspn(s, "\n");
		for (e = s; (w = word_next(&e, end, &n)) != NULL;) {
			if (p > r && p[-1] != '\n')
				*p++ = ' ';
			memcpy(p, w, n);
			p += n;
		}
		if (p > r && p[-1] != '\n')
			*p++ = '\n';
		s = *end == '\0' ? end : end + 1;
	}
	if (p > r && p[-1] == '\n')
		p--;
	*p = '\0';
	return r;
}

/* Adds the words of the folded text s, as word_next finds them. */
static void
add_words(const char *s, int entry, int key)
{
	const char *end = s + strlen(s), *w;
	size_t n;

	while ((w = word_next(&s, end, &n)) != NULL) {
		if (nocc == capocc) {
			capocc = capocc ? 2 * capocc : 4096;
			occ = xreallocarray(occ, capocc, sizeof(*occ));
		}
		occ[nocc].word = xstrndup(w, n);
		occ[nocc].entry = entry;
		occ[nocc].key = key;
		nocc++;
	}
}

static int
by_word(const void *a, const void *b)
{
	const struct occurrence *x = a, *y = b;
	int c = strcmp(x->word, y->word);

	if (c != 0)
		return c;
	if (x->entry != y->entry)
		return x->entry < y->entry ? -1 : 1;
	return x->key < y->key ? -1 : x->key > y->key;
}

/*
 * Writes the index: the vocabulary, each word's place in it and in the
 * postings, and the postings (entry << 2 | key, the best key of each
 * entry only).
 */
static void
emit_index(FILE *fp)
{
	size_t i, j, off = 1, post = 0, n;

	qsort(occ, nocc, sizeof(*occ), by_word);
	fputs("#ifdef HSC_VOCAB\nHSC_VOCAB(\"\\n\"", fp);
	for (i = 0; i < nocc; i = j) {
		for (j = i + 1; j < nocc && strcmp(occ[j].word, occ[i].word) == 0;
		    j++)
			continue;
		fputs("\n\t", fp);
		emit_str(fp, occ[i].word);
		fputs(" \"\\n\"", fp);
	}
	fputs(")\n#endif\n#ifdef HSC_WORD\n", fp);
	for (i = 0; i < nocc; i = j) {
		n = 0;
		for (j = i; j < nocc && strcmp(occ[j].word, occ[i].word) == 0;
		    j++)
			if (j == i || occ[j].entry != occ[j - 1].entry)
				n++;
		if (n > HSC_MAX_POSTINGS || off > 0xffffffffu ||
		    post > 0xffffffffu)
			xfatal("the word '%s' overflows the index format "
			    "(src/common/table.h)", occ[i].word);
		fprintf(fp, "HSC_WORD(%zu, %zu, %zu)\n", off, post, n);
		off += strlen(occ[i].word) + 1;
		post += n;
	}
	fputs("#endif\n#ifdef HSC_POSTINGS\n", fp);
	for (i = 0; i < nocc; i = j) {
		fputs("HSC_POSTINGS(", fp);
		n = 0;
		for (j = i; j < nocc && strcmp(occ[j].word, occ[i].word) == 0;
		    j++)
			if (j == i || occ[j].entry != occ[j - 1].entry)
				fprintf(fp, "%s%d", n++ ? ", " : "",
				    occ[j].entry << 2 | occ[j].key);
		fputs(")\n", fp);
	}
	fputs("#endif\n", fp);
	for (i = 0; i < nocc; i++)
		free(occ[i].word);
	free(occ);
}

/* Writes { text.en, text.ko } for the run of fields from f. */
static void
emit_langs(FILE *fp, const struct df_record *r, int f)
{
	int l;

	fputs("{", fp);
	for (l = 0; l < LANG_MAX; l++) {
		fputs(l ? ",\n\t    " : "\n\t    ", fp);
		emit_str(fp, r->val[f + l]);
	}
	fputs(" }", fp);
}

static void
emit_class(FILE *fp, const struct df_record *r)
{
	fprintf(fp, "HSC_CLASS(/* %dxx */\n\t.name = ", r->code / 100);
	emit_langs(fp, r, F_NAME);
	fputs(",\n\t.summary = ", fp);
	emit_langs(fp, r, F_SUMMARY);
	fputs(",\n\t.detail = ", fp);
	emit_langs(fp, r, F_DETAIL);
	fputs(")\n", fp);
}

/* The entries of the table, counted as they are written. */
static size_t nentries;

static void
emit_code(FILE *fp, const struct df_record *r)
{
	const struct df_ref *s;
	const char *k;
	char *key[KEY_MAX] = { NULL }, *f;
	int i;

	fprintf(fp, "HSC_CODE(.code = %d, .sub = %d, .kind = KIND_", r->code,
	    r->sub);
	for (k = hsc_kind_names[r->kind]; *k != '\0'; k++)
		fputc(toupper((unsigned char)*k), fp);
	fputs(",\n\t.origin = ", fp);
	emit_str(fp, r->val[F_ORIGIN]);
	fputs(",\n\t.origin_ko = ", fp);
	emit_str(fp, r->val[F_ORIGIN_KO]);
	fputs(",\n\t.phrase = ", fp);
	emit_str(fp, r->val[F_PHRASE]);
	fputs(",\n\t.aliases = ", fp);
	emit_list(fp, r->aliases);
	fputs(",\n\t.name_ko = ", fp);
	emit_str(fp, r->val[F_NAME + LANG_KO]);
	fputs(",\n\t.summary = ", fp);
	emit_langs(fp, r, F_SUMMARY);
	fputs(",\n\t.spec = ", fp);
	emit_str(fp, r->val[F_SPEC]);
	fputs(",\n\t.sources = ", fp);
	emit_list(fp, r->sources);
	fputs(",\n\t.see = (const struct hsc_ref[]){ ", fp);
	for (s = r->see; s->code >= 0; s++)
		fprintf(fp, "{ %d, %d }, ", s->code, s->sub);
	fputs("{ -1, -1 } },\n\t.headers = ", fp);
	emit_list(fp, r->headers);
	fputs(",\n\t.consts = {", fp);
	for (i = 0; i < CONST_MAX; i++) {
		fputs(i ? ",\n\t    " : "\n\t    ", fp);
		emit_consts(fp, r->consts[i], r->nconsts[i]);
	}
	fputs(" },\n\t.detail = ", fp);
	emit_langs(fp, r, F_DETAIL);
	fputs(",\n\t.causes = ", fp);
	emit_langs(fp, r, F_CAUSES);
	fputs(",\n", fp);

	/* The search index: names whole, and every word by key. */
	for (i = 0; i < KEY_MAX; i++) {
		f = join(r, key_parts[i]);
		key[i] = ustr_fold(f);
		free(f);
	}
	fputs("\t.names = ", fp);
	f = name_words(key[KEY_NAME]);
	emit_str(fp, f);
	free(f);
	for (i = 0; i < KEY_MAX; i++) {
		add_words(key[i], (int)nentries, i);
		free(key[i]);
	}
	fputs(")\n", fp);
	nentries++;
}

int
main(int argc, char *argv[])
{
	struct df_db db;
	const char *out = NULL, *glossary = NULL;
	FILE *fp;
	size_t i;
	int c, subset = 0;

	xprogname = "hscgen";
	while ((c = getopt(argc, argv, "g:so:")) != -1) {
		switch (c) {
		case 'g':
			glossary = optarg;
			break;
		case 'o':
			out = optarg;
			break;
		case 's':
			subset = 1;
			break;
		default:
			fprintf(stderr, "usage: hscgen [-s] [-g glossary] [-o output] "
			    "file ...\n");
			return 2;
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0) {
		fprintf(stderr, "usage: hscgen [-s] [-g glossary] [-o output] "
			    "file ...\n");
		return 2;
	}

	df_init(&db, stderr);
	db.subset = subset;
	if (glossary != NULL)
		df_read_glossary(&db, glossary);
	for (c = 0; c < argc; c++)
		df_read(&db, argv[c]);
	df_finish(&db);
	if (db.nerr > 0) {
		fprintf(stderr, "hscgen: %d error%s in the data\n", db.nerr,
		    db.nerr == 1 ? "" : "s");
		df_free(&db);
		return 1;
	}
	if (db.nrec > HSC_MAX_ENTRIES)
		xfatal("%zu records: the index holds at most %u", db.nrec,
		    HSC_MAX_ENTRIES);

	if (out == NULL || strcmp(out, "-") == 0)
		fp = stdout;
	else if ((fp = fopen(out, "w")) == NULL)
		xfatal("%s: %s", out, strerror(errno));
	fputs("/* Generated by hscgen from", fp);
	for (c = 0; c < argc; c++)
		fprintf(fp, " %s", argv[c]);
	fputs(";\n * do not edit: edit data/ and run make. */\n", fp);
	fprintf(fp, "#ifdef HSC_REGISTRY\nHSC_REGISTRY(\"%s\")\n#endif\n",
	    df_iana_date);
	fputs("#ifdef HSC_CLASS\n", fp);
	for (i = 0; i < db.nrec; i++)
		if (db.rec[i].is_class)
			emit_class(fp, &db.rec[i]);
	fputs("#endif\n#ifdef HSC_CODE\n", fp);
	for (i = 0; i < db.nrec; i++)
		if (!db.rec[i].is_class)
			emit_code(fp, &db.rec[i]);
	fputs("#endif\n", fp);
	emit_index(fp);
	df_free(&db);
	if (fflush(fp) != 0 || ferror(fp) || (fp != stdout && fclose(fp)))
		xfatal("%s: %s", out == NULL ? "stdout" : out,
		    strerror(errno));
	return 0;
}

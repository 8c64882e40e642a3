/*
 * hscgen: turns the files in data/ into src/codes.inc, the rows of hsc's
 * compiled-in table.  It checks the files first (see datafile.c) and
 * writes nothing when they have errors, so a bad edit fails the build
 * with FILE:LINE: message.  It also computes the search keys, so that
 * hsc never folds its own table at run time.
 *
 * usage: hscgen [-o output] file ...
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <unicase.h>
#include <uninorm.h>

#include "codes.h"
#include "datafile.h"

static void	 emit_str(FILE *, const char *);
static void	 emit_list(FILE *, const char *, int);
static char	*fold(const char *);
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

/* Writes a NULL-terminated array literal of the parts of s, split at sep. */
static void
emit_list(FILE *fp, const char *s, int sep)
{
	const char *e;
	char *part;

	fputs("(const char *const[]){ ", fp);
	while (s != NULL && *s != '\0') {
		e = strchr(s, sep);
		if (e == NULL)
			e = s + strlen(s);
		if ((part = strndup(s, (size_t)(e - s))) == NULL) {
			perror("hscgen");
			exit(2);
		}
		emit_str(fp, part);
		fputs(", ", fp);
		free(part);
		s = *e == '\0' ? e : e + 1;
	}
	fputs("NULL }", fp);
}

/* The search form of s: full case folding and NFKC. */
static char *
fold(const char *s)
{
	uint8_t *f;
	size_t len;

	f = u8_casefold((const uint8_t *)s, strlen(s), NULL, UNINORM_NFKC,
	    NULL, &len);
	if (f == NULL || (f = realloc(f, len + 1)) == NULL) {
		perror("hscgen: u8_casefold");
		exit(2);
	}
	f[len] = '\0';
	return (char *)f;
}

/* The fields behind each search key, from names down to details. */
static const int key_parts[KEY_MAX][10] = {
	{ F_PHRASE, F_ALIAS, F_NAME_KO, F_CONST_GO, F_CONST_PYTHON,
	    F_CONST_RUST, F_CONST_SPRING, F_CONST_DOTNET, F_CONST_NODE, -1 },
	{ F_SUMMARY_EN, F_SUMMARY_KO, F_ORIGIN, F_SPEC, F_HEADERS, -1 },
	{ F_DETAIL_EN, F_DETAIL_KO, F_CAUSES_EN, F_CAUSES_KO, -1 },
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
	if ((f = calloc(1, len)) == NULL) {
		perror("hscgen");
		exit(2);
	}
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
 * Adds the words of the folded text s: split at spaces and newlines,
 * stripped of the punctuation around them, as search strips a query.
 */
static void
add_words(const char *s, int entry, int key)
{
	const char *e;
	size_t n;

	for (;;) {
		s += strspn(s, " \n");
		if (*s == '\0')
			return;
		e = s + strcspn(s, " \n");
		while (s < e && strchr(HSC_WORD_PUNCT, *s) != NULL)
			s++;
		n = (size_t)(e - s);
		while (n > 0 && strchr(HSC_WORD_PUNCT, s[n - 1]) != NULL)
			n--;
		if (n > 0) {
			if (nocc == capocc) {
				capocc = capocc ? 2 * capocc : 4096;
				occ = realloc(occ, capocc * sizeof(*occ));
			}
			if (occ == NULL ||
			    (occ[nocc].word = strndup(s, n)) == NULL) {
				perror("hscgen");
				exit(2);
			}
			occ[nocc].entry = entry;
			occ[nocc].key = key;
			nocc++;
		}
		s = e;
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

static void
emit_class(FILE *fp, const struct df_record *r)
{
	fprintf(fp, "HSC_CLASS(/* %dxx */\n\t.name = { ", r->code / 100);
	emit_str(fp, r->val[F_NAME_EN]);
	fputs(", ", fp);
	emit_str(fp, r->val[F_NAME_KO]);
	fputs(" },\n\t.summary = {\n\t    ", fp);
	emit_str(fp, r->val[F_SUMMARY_EN]);
	fputs(",\n\t    ", fp);
	emit_str(fp, r->val[F_SUMMARY_KO]);
	fputs(" },\n\t.detail = {\n\t    ", fp);
	emit_str(fp, r->val[F_DETAIL_EN]);
	fputs(",\n\t    ", fp);
	emit_str(fp, r->val[F_DETAIL_KO]);
	fputs(" })\n", fp);
}

static void
emit_code(FILE *fp, const struct df_record *r)
{
	static const int consts[CONST_MAX] = { F_CONST_GO, F_CONST_PYTHON,
	    F_CONST_RUST, F_CONST_SPRING, F_CONST_DOTNET, F_CONST_NODE };
	const unsigned short *s;
	const char *k;
	char *key[KEY_MAX] = { NULL }, *f;
	int i;
	static int entry;	/* the index of this code in the table */

	fprintf(fp, "HSC_CODE(.code = %d, .kind = KIND_", r->code);
	for (k = hsc_kind_names[r->kind]; *k != '\0'; k++)
		fputc(toupper((unsigned char)*k), fp);
	fputs(",\n\t.origin = ", fp);
	emit_str(fp, r->val[F_ORIGIN]);
	fputs(",\n\t.phrase = ", fp);
	emit_str(fp, r->val[F_PHRASE]);
	fputs(",\n\t.aliases = ", fp);
	emit_list(fp, r->val[F_ALIAS], '\n');
	fputs(",\n\t.name_ko = ", fp);
	emit_str(fp, r->val[F_NAME_KO]);
	fputs(",\n\t.summary = {\n\t    ", fp);
	emit_str(fp, r->val[F_SUMMARY_EN]);
	fputs(",\n\t    ", fp);
	emit_str(fp, r->val[F_SUMMARY_KO]);
	fputs(" },\n\t.spec = ", fp);
	emit_str(fp, r->val[F_SPEC]);
	fputs(",\n\t.see = (const unsigned short[]){ ", fp);
	for (s = r->see; *s != 0; s++)
		fprintf(fp, "%d, ", *s);
	fputs("0 },\n\t.headers = ", fp);
	emit_list(fp, r->val[F_HEADERS], ' ');
	fputs(",\n\t.consts = {", fp);
	for (i = 0; i < CONST_MAX; i++) {
		fputs(i ? ",\n\t    " : "\n\t    ", fp);
		emit_str(fp, r->val[consts[i]]);
	}
	fputs(" },\n\t.detail = {\n\t    ", fp);
	emit_str(fp, r->val[F_DETAIL_EN]);
	fputs(",\n\t    ", fp);
	emit_str(fp, r->val[F_DETAIL_KO]);
	fputs(" },\n\t.causes = {\n\t    ", fp);
	emit_str(fp, r->val[F_CAUSES_EN]);
	fputs(",\n\t    ", fp);
	emit_str(fp, r->val[F_CAUSES_KO]);
	fputs(" },\n", fp);

	/* The search index: names whole, and every word by key. */
	for (i = 0; i < KEY_MAX; i++) {
		f = join(r, key_parts[i]);
		key[i] = fold(f);
		free(f);
	}
	fputs("\t.names = ", fp);
	emit_str(fp, key[KEY_NAME]);
	for (i = 0; i < KEY_MAX; i++) {
		add_words(key[i], entry, i);
		free(key[i]);
	}
	fputs(")\n", fp);
	entry++;
}

int
main(int argc, char *argv[])
{
	struct df_db db;
	const char *out = NULL;
	FILE *fp;
	size_t i;
	int c;

	while ((c = getopt(argc, argv, "o:")) != -1) {
		switch (c) {
		case 'o':
			out = optarg;
			break;
		default:
			fprintf(stderr, "usage: hscgen [-o output] file ...\n");
			return 2;
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0) {
		fprintf(stderr, "usage: hscgen [-o output] file ...\n");
		return 2;
	}

	df_init(&db, stderr);
	for (c = 0; c < argc; c++)
		df_read(&db, argv[c]);
	df_finish(&db);
	if (db.nerr > 0) {
		fprintf(stderr, "hscgen: %d error%s in the data\n", db.nerr,
		    db.nerr == 1 ? "" : "s");
		df_free(&db);
		return 1;
	}

	if (out == NULL || strcmp(out, "-") == 0)
		fp = stdout;
	else if ((fp = fopen(out, "w")) == NULL) {
		perror(out);
		return 2;
	}
	fputs("/* Generated by hscgen from", fp);
	for (c = 0; c < argc; c++)
		fprintf(fp, " %s", argv[c]);
	fputs(";\n * do not edit: edit data/ and run make. */\n", fp);
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
	if (fflush(fp) != 0 || ferror(fp) || (fp != stdout && fclose(fp))) {
		perror(out == NULL ? "hscgen: stdout" : out);
		return 2;
	}
	return 0;
}

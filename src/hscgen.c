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
	    F_CONST_RUST, F_CONST_JAVA, F_CONST_DOTNET, F_CONST_NODE };
	const unsigned short *s;
	const char *k;
	char *key[KEY_MAX] = { NULL }, *f;
	int i;

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

	/* The search keys, from names down to details. */
	f = NULL;
	{
		const int name[] = { F_PHRASE, F_ALIAS, F_NAME_KO,
		    F_CONST_GO, F_CONST_PYTHON, F_CONST_RUST, F_CONST_JAVA,
		    F_CONST_DOTNET, F_CONST_NODE, -1 };
		const int summary[] = { F_SUMMARY_EN, F_SUMMARY_KO,
		    F_ORIGIN, F_SPEC, F_HEADERS, -1 };
		const int detail[] = { F_DETAIL_EN, F_DETAIL_KO,
		    F_CAUSES_EN, F_CAUSES_KO, -1 };
		const int *parts[KEY_MAX] = { name, summary, detail };
		const int *p;
		size_t len;

		for (i = 0; i < KEY_MAX; i++) {
			len = 1;
			for (p = parts[i]; *p >= 0; p++)
				if (r->val[*p] != NULL)
					len += strlen(r->val[*p]) + 1;
			if ((f = calloc(1, len)) == NULL) {
				perror("hscgen");
				exit(2);
			}
			len = 0;
			for (p = parts[i]; *p >= 0; p++) {
				size_t n;

				if (r->val[*p] == NULL)
					continue;
				if (len > 0)
					f[len++] = '\n';
				n = strlen(r->val[*p]);
				memcpy(f + len, r->val[*p], n);
				len += n;
			}
			key[i] = fold(f);
			free(f);
		}
	}
	fputs("\t.key = {\n\t    ", fp);
	for (i = 0; i < KEY_MAX; i++) {
		if (i > 0)
			fputs(",\n\t    ", fp);
		emit_str(fp, key[i]);
		free(key[i]);
	}
	fputs(" })\n", fp);
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
	for (i = 0; i < db.nrec; i++) {
		if (db.rec[i].is_class)
			emit_class(fp, &db.rec[i]);
		else
			emit_code(fp, &db.rec[i]);
	}
	df_free(&db);
	if (fflush(fp) != 0 || ferror(fp) || (fp != stdout && fclose(fp))) {
		perror(out == NULL ? "hscgen: stdout" : out);
		return 2;
	}
	return 0;
}

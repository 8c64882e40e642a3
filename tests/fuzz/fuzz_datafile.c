/*
 * libFuzzer target: hscgen's reader and checker of the files in data/.
 *
 * The first input byte chooses the file name (data/1xx.txt ...
 * data/5xx.txt, data/other.txt, or names that declare no class); the
 * rest is the
 * file's content, read with df_read_stream from fmemopen.  Then
 * df_finish and df_free.  Messages go to a /dev/null stream.  Checked
 * besides memory safety, UB and leaks (LeakSanitizer runs after every
 * input): the counts add up, and the records come out sorted and in
 * range.
 *
 * Found here: an input with no record (an empty file) made df_finish
 * call qsort(NULL, 0, ...), undefined behaviour that UBSan stops on;
 * df_finish now sorts only when there are records.
 *
 * Build and run: tests/fuzz/run.sh fuzz_datafile 60 (see tests/fuzz/README.md).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "table.h"
#include "datafile.h"
#include "fuzz.h"

static FILE	*devnull;

static const char *const names[8] = {
	"data/1xx.txt", "data/2xx.txt", "data/3xx.txt", "data/4xx.txt",
	"data/5xx.txt", "data/other.txt", "data/codes.txt", "5xx"
};

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if ((devnull = fopen("/dev/null", "w")) == NULL)
		abort();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct df_db db;
	const struct df_record *r;
	char *buf;
	FILE *fp;
	size_t n, i;
	int nread, nfin, f;

	if (size == 0)
		return 0;
	n = size - 1;
	buf = malloc(n == 0 ? 1 : n);
	memcpy(buf, data + 1, n);
	if ((fp = fmemopen(buf, n, "r")) == NULL)
		abort();
	df_init(&db, devnull);
	nread = df_read_stream(&db, fp, names[data[0] & 7]);
	fclose(fp);
	CHECK(nread >= 0 && nread == db.nerr);
	nfin = df_finish(&db);
	CHECK(nfin >= 0 && db.nerr == nread + nfin);
	CHECK(db.nfiles == 1 && db.nrec <= db.cap);
	for (i = 0; i < db.nrec; i++) {
		r = &db.rec[i];
		CHECK(r->file == db.files[0]);
		CHECK(r->line >= 1 && r->val[r->is_class ? F_CLASS : F_CODE]);
		/* -1: a record whose code was rejected. */
		if (r->is_class)
			CHECK(r->code == -1 || (r->code % 100 == 0 &&
			    r->code >= 100 && r->code <= 500));
		else
			CHECK(r->code == -1 || (r->code >= 100 &&
			    r->code <= 599) || ((data[0] & 7) == 5 &&
			    (r->code == 0 || r->code == 999) && r->sub < 0));
		CHECK(r->sub >= -1 && r->sub <= 999);
		if (i > 0)
			CHECK(db.rec[i - 1].is_class > r->is_class ||
			    (db.rec[i - 1].is_class == r->is_class &&
			    (db.rec[i - 1].code < r->code ||
			    (db.rec[i - 1].code == r->code &&
			    db.rec[i - 1].sub <= r->sub))));
		for (f = 0; f < F_MAX; f++)
			CHECK(r->val[f] == NULL || r->vline[f] >= r->line);
	}
	df_free(&db);
	free(buf);
	return 0;
}

/*
 * libFuzzer target: hsc --annotate and the status-line parser.
 *
 * First byte: bit 0 the language (en, ko), bit 1 colour, bit 2 EUC-KR
 * output, bits 3-7 the buffer size (16 to 512 bytes, so that long lines
 * and lines cut across reads happen at every size); second byte: the
 * size of the pieces the input is fed in (1 to 256).  The rest is the
 * input.
 *
 * Checked besides memory safety and UB:
 * - taking the annotations out gives back the input exactly: every
 *   output line is its input line, or the input line with one
 *   annotation inserted where annot_find says (before a final CR, else
 *   at the end), in the documented form: TAB, the colour when on,
 *   "# ", the three digits of the code annot_find found, a space, a
 *   name without TAB, CR or LF, the colour's end;
 * - a line that fits the buffer and has a status is annotated;
 * - input_status_line: a code of three digits, a phrase inside the
 *   line without blanks at its ends; input_query on the input as
 *   arguments (split at NUL) takes between one and all of them and
 *   gives text that query_prepare accepts or refuses with a message.
 *
 * Build and run: tests/fuzz/run.sh fuzz_annotate 60.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "annotate.h"
#include "defs.h"
#include "input.h"
#include "msg.h"
#include "out.h"
#include "query.h"
#include "ustr.h"
#include "word.h"
#include "fuzz.h"

#define MAX_ARGS	16

/* Checks one output line o against its input line l. */
static void
check_line(const char *l, size_t ln, const char *o, size_t on, int color,
    size_t cap)
{
	size_t at, a, i, len;
	int code;
	char digits[4];

	code = annot_find(l, ln, 0, &at);
	if (on == ln) {
		CHECK(memcmp(o, l, ln) == 0);
		/* Unannotated: no status, or a line that did not fit. */
		CHECK(code < 0 || (code < 100 || code > 599) || ln + 1 > cap);
		return;
	}
	CHECK(code >= 0 && on > ln);
	a = on - ln;		/* the annotation's length */
	CHECK(memcmp(o, l, at) == 0);
	CHECK(memcmp(o + at + a, l + at, ln - at) == 0);
	o += at;
	CHECK(o[0] == '\t');
	i = 1;
	if (color) {
		CHECK(a > 6 && memcmp(o + i, "\033[", 2) == 0);
		while (i < a && o[i] != 'm')
			i++;
		CHECK(i < a);
		i++;
		CHECK(memcmp(o + a - 4, "\033[0m", 4) == 0);
		len = a - 4;
	} else
		len = a;
	snprintf(digits, sizeof(digits), "%03d", code);
	CHECK(len >= i + 7);
	CHECK(memcmp(o + i, "# ", 2) == 0);
	CHECK(memcmp(o + i + 2, digits, 3) == 0);
	CHECK(o[i + 5] == ' ');
	for (i += 6; i < len; i++)
		CHECK(o[i] != '\t' && o[i] != '\r' && o[i] != '\n');
}

static void
check_annotate(const uint8_t *data, size_t size, struct out *o,
    size_t cap, size_t step)
{
	struct annot a;
	FILE *fp = tmpfile();
	char *out;
	const char *l, *le, *p, *pe, *end, *oend;
	size_t i, k;
	long len;

	CHECK(fp != NULL);
	annot_init(&a, o, 0, fileno(fp));
	/* A small buffer, and lines longer than it. */
	a.max_line = cap;
	a.cap = cap;
	for (i = 0; i < size; i += k) {
		k = size - i < step ? size - i : step;
		CHECK(annot_feed(&a, (const char *)data + i, k) == 0);
	}
	CHECK(annot_end(&a) == 0);
	annot_free(&a);
	len = lseek(fileno(fp), 0, SEEK_END);
	CHECK(len >= (long)size);
	out = malloc((size_t)len + 1);
	CHECK(pread(fileno(fp), out, (size_t)len, 0) == len);
	fclose(fp);

	/* Line by line: the annotations hold no LF. */
	l = (const char *)data;
	end = l + size;
	p = out;
	oend = out + len;
	while (l < end || p < oend) {
		CHECK(l <= end && p <= oend);
		le = memchr(l, '\n', (size_t)(end - l));
		pe = memchr(p, '\n', (size_t)(oend - p));
		CHECK((le == NULL) == (pe == NULL));
		if (le == NULL) {
			le = end;
			pe = oend;
		}
		check_line(l, (size_t)(le - l), p, (size_t)(pe - p),
		    o->color, cap);
		if (le == end)
			break;
		l = le + 1;
		p = pe + 1;
	}
	free(out);
}

static void
check_status(const char *s, size_t n)
{
	struct status_line sl;
	const char *e = s + n;

	if (input_status_line(s, n, &sl) != 0)
		return;
	CHECK(sl.code >= 0 && sl.code <= 999);
	if (sl.phrase == NULL)
		return;
	CHECK(sl.phrase >= s && sl.phrase + sl.phrase_len <= e);
	CHECK(sl.phrase_len > 0);
	CHECK(!word_blank_byte((unsigned char)sl.phrase[0]));
	CHECK(!word_blank_byte((unsigned char)sl.phrase[sl.phrase_len - 1]));
}

/* The input as arguments, as main.c reads them. */
static void
check_query(const uint8_t *data, size_t size)
{
	struct input_query q;
	struct query pq;
	struct hsc_error err;
	char *buf, *args[MAX_ARGS];
	size_t i, start;
	int n = 0, j;

	buf = malloc(size + 1);
	memcpy(buf, data, size);
	buf[size] = '\0';
	for (i = 0, start = 0; i <= size && n < MAX_ARGS; i++) {
		if (i < size && buf[i] != '\0')
			continue;
		buf[i] = '\0';
		if (ustr_valid(buf + start, i - start))
			args[n++] = buf + start;
		start = i + 1;
	}
	for (j = 0; j < n; j += q.used) {
		CHECK(input_query(args + j, n - j, j % 2, &q) == 0);
		CHECK(q.used >= 1 && q.used <= n - j);
		CHECK(q.text != NULL && ustr_valid(q.text, strlen(q.text)));
		CHECK(q.code >= -1 && q.code <= 999);
		CHECK(q.phrase == NULL || q.code >= 0);
		memset(&err, 0x55, sizeof(err));
		if (query_prepare(q.text, j % 2, &pq, &err) == 0)
			free(pq.text);
		else
			CHECK(err.id >= 0 && err.id < D_MAX);
		free(q.text);
		free(q.phrase);
	}
	free(buf);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct out o;
	size_t cap, step;

	if (size < 2)
		return 0;
	memset(&o, 0, sizeof(o));
	o.lang = data[0] & 1 ? LANG_KO : LANG_EN;
	o.color = (data[0] >> 1) & 1;
	o.conv = data[0] & 4 ? "EUC-KR" : NULL;
	o.enc = o.conv != NULL ? o.conv : "UTF-8";
	cap = 16 + (size_t)(data[0] >> 3) * 16;
	step = 1 + (size_t)data[1];
	check_status((const char *)data + 2, size - 2);
	check_annotate(data + 2, size - 2, &o, cap, step);
	check_query(data + 2, size - 2);
	return 0;
}

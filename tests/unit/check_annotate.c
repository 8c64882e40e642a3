/*
 * hsc --annotate (src/hsc/annotate.c): which lines get a name, where
 * it goes, and that the input comes through byte for byte.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "annotate.h"
#include "check_hsc.h"
#include "defs.h"
#include "out.h"

static int
find(const char *s, int field, size_t *at)
{
	return annot_find(s, strlen(s), field, at);
}

START_TEST(test_find)
{
	size_t at;

	/* curl -sI, curl -v, wget -S, a raw response. */
	ck_assert_int_eq(find("HTTP/2 404 \r", 0, &at), 404);
	ck_assert_uint_eq(at, 11);
	ck_assert_int_eq(find("< HTTP/1.1 502 Bad Gateway\r", 0, &at), 502);
	ck_assert_int_eq(find("  HTTP/1.1 200 OK", 0, &at), 200);
	ck_assert_uint_eq(at, 17);
	/* An access log line, a bare code (count_line's formats). */
	ck_assert_int_eq(find("::1 - - [x] \"GET / HTTP/1.1\" 499 0 \"-\" "
	    "\"curl\"", 0, &at), 499);
	ck_assert_int_eq(find("304", 0, &at), 304);
	ck_assert_int_eq(find("a b 418 c", 3, &at), 418);
	/* Nothing to name. */
	ck_assert_int_eq(find("", 0, &at), -1);
	ck_assert_int_eq(find("content-type: text/html\r", 0, &at), -1);
	ck_assert_int_eq(find("\r", 0, &at), -1);
	ck_assert_int_eq(find("> GET / HTTP/1.1\r", 0, &at), -1);
	ck_assert_int_eq(find("* Connected to 127.0.0.1", 0, &at), -1);
}
END_TEST

/* What the annotator wrote to fp (closed), NUL-terminated. */
static char *
slurp(FILE *fp, size_t *outlen)
{
	long len = lseek(fileno(fp), 0, SEEK_END);
	char *r;

	ck_assert_int_ge(len, 0);
	r = malloc((size_t)len + 1);
	ck_assert_int_eq(pread(fileno(fp), r, (size_t)len, 0), len);
	r[len] = '\0';
	*outlen = (size_t)len;
	fclose(fp);
	return r;
}

/* Runs the annotator over in[0..n-1] in pieces of step bytes. */
static char *
annotate(const char *in, size_t n, size_t step, struct out *o,
    size_t max_line, size_t *outlen, unsigned long long *found)
{
	struct annot a;
	FILE *fp = tmpfile();
	size_t i, k;

	ck_assert_ptr_nonnull(fp);
	annot_init(&a, o, 0, fileno(fp));
	if (max_line > 0)
		a.max_line = max_line;
	for (i = 0; i < n; i += k) {
		k = n - i < step ? n - i : step;
		ck_assert_int_eq(annot_feed(&a, in + i, k), 0);
	}
	ck_assert_int_eq(annot_end(&a), 0);
	*found = a.found;
	annot_free(&a);
	return slurp(fp, outlen);
}

static struct out plain = { .enc = "UTF-8", .lang = LANG_EN };

START_TEST(test_stream)
{
	static const char in[] = "HTTP/2 404 \r\ncontent-length: 9\r\n\r\n"
	    "< HTTP/1.1 502 Bad Gateway\r\n"
	    "1.2.3.4 - - [d] \"GET / HTTP/1.1\" 299 0\n"
	    "x\n\n304";
	static const char want[] = "HTTP/2 404 \t# 404 Not Found\r\n"
	    "content-length: 9\r\n\r\n"
	    "< HTTP/1.1 502 Bad Gateway\t# 502 Bad Gateway\r\n"
	    "1.2.3.4 - - [d] \"GET / HTTP/1.1\" 299 0\t# 299 (unassigned)\n"
	    "x\n\n304\t# 304 Not Modified";
	unsigned long long found;
	size_t len, step;
	char *r;

	/* Whatever the pieces the input comes in. */
	for (step = 1; step <= sizeof(in); step++) {
		r = annotate(in, sizeof(in) - 1, step, &plain, 0, &len,
		    &found);
		ck_assert_str_eq(r, want);
		ck_assert_int_eq(found, 4);
		free(r);
	}
}
END_TEST

START_TEST(test_lang_color)
{
	struct out o = { .enc = "UTF-8", .color = 1, .lang = LANG_KO };
	unsigned long long found;
	size_t len;
	char *r;

	r = annotate("HTTP/1.1 499 x\n", 15, 100, &o, 0, &len, &found);
	ck_assert_str_eq(r, "HTTP/1.1 499 x\t\033[1;33m# 499 클라이언트 요청 "
	    "중단 (Client Closed Request) [nginx] / 토큰 필요 (Token Required) "
	    "[Esri ArcGIS]\033[0m\n");
	free(r);
}
END_TEST

START_TEST(test_long_line)
{
	static const char l1[] = "HTTP/1.1 200 ", l2[] = "HTTP/1.1 404 ";
	unsigned long long found;
	size_t len, n1 = 13 + 100000, n2 = 13 + 600000, k;
	char *in = malloc(n1 + n2 + 8), *r, *p;

	/*
	 * A long line with a status; one longer than max_line, which
	 * passes as it is; a short one after it.
	 */
	memset(in, 'x', n1);
	memcpy(in, l1, 13);
	in[n1] = '\n';
	memset(in + n1 + 1, 'y', n2);
	memcpy(in + n1 + 1, l2, 13);
	in[n1 + 1 + n2] = '\n';
	memcpy(in + n1 + n2 + 2, "404\n", 4);
	for (k = 1000; k <= 1000000; k *= 10) {
		r = annotate(in, n1 + n2 + 6, k, &plain, 300000, &len, &found);
		p = r;
		ck_assert_mem_eq(p, in, n1);
		p += n1;
		ck_assert_mem_eq(p, "\t# 200 OK\n", 10);
		p += 10;
		ck_assert_mem_eq(p, in + n1 + 1, n2 + 1);
		p += n2 + 1;
		ck_assert_str_eq(p, "404\t# 404 Not Found\n");
		ck_assert_int_eq(found, 2);
		free(r);
	}
	free(in);
}
END_TEST

/*
 * Runs annot_fd with threads over the regular file fd from offset at,
 * as hsc --annotate FILE does.
 */
static char *
annotate_fd(int fd, off_t at, int threads, size_t max_line,
    size_t *outlen, unsigned long long *found)
{
	struct annot a;
	FILE *fp = tmpfile();

	ck_assert_ptr_nonnull(fp);
	annot_init(&a, &plain, 0, fileno(fp));
	a.threads = threads;
	a.max_line = max_line;
	ck_assert_int_eq(lseek(fd, at, SEEK_SET), at);
	ck_assert_int_eq(annot_fd(&a, fd), 0);
	ck_assert_int_eq(annot_end(&a), 0);
	*found = a.found;
	annot_free(&a);
	return slurp(fp, outlen);
}

START_TEST(test_parts)
{
	static const char *const lines[] = {
		"1.2.3.4 - - [d] \"GET / HTTP/1.1\" 404 0\n",
		"HTTP/2 502 \r\n",
		"#Fields: date time sc-status\n",
		"2026-01-01 00:00:00 503\n",
		"{\"status\": 201}\n",
		"no status here\n",
		"\n",
	};
	FILE *fp = tmpfile();
	char *in, *want, *got;
	size_t n = 0, cap = 1 << 20, wlen, glen, k, i;
	unsigned long long wfound, gfound;
	off_t at;
	int t;

	/*
	 * Lines of every kind, a #Fields: line now and then, lines longer
	 * than max_line, a last line without a newline: in parts, from
	 * any offset, what one reading gives.
	 */
	ck_assert_ptr_nonnull(fp);
	in = malloc(cap);
	for (i = 0; n + 8000 < cap - 100; i++) {
		if (i % 997 == 0) {
			memset(in + n, 'z', 5000);
			n += 5000;
			memcpy(in + n, " \"x\" 200 1\n", 12);
			n += 12;
			continue;
		}
		k = strlen(lines[(i * 7 + i / 13) % 7]);
		if (i % 5 != 0 && (i * 7 + i / 13) % 7 == 2)
			continue;
		memcpy(in + n, lines[(i * 7 + i / 13) % 7], k);
		n += k;
	}
	memcpy(in + n, "HTTP/1.1 301 x", 14);
	n += 14;
	ck_assert_int_eq(write(fileno(fp), in, n), (ssize_t)n);
	for (at = 0; at < 3000; at += 1499) {
		want = annotate(in + at, n - (size_t)at, 65536, &plain, 4000,
		    &wlen, &wfound);
		ck_assert_int_gt(wfound, 1000);
		for (t = 1; t <= 5; t += 2) {
			got = annotate_fd(fileno(fp), at, t, 4000, &glen,
			    &gfound);
			ck_assert_uint_eq(glen, wlen);
			ck_assert_mem_eq(got, want, wlen);
			ck_assert_int_eq(gfound, wfound);
			free(got);
		}
		free(want);
	}
	free(in);
	fclose(fp);
}
END_TEST

Suite *
suite_annotate(void)
{
	Suite *s = suite_create("annotate");
	TCase *tc = tcase_create("Core");

	tcase_add_test(tc, test_find);
	tcase_add_test(tc, test_stream);
	tcase_add_test(tc, test_lang_color);
	tcase_add_test(tc, test_long_line);
	tcase_add_test(tc, test_parts);
	suite_add_tcase(s, tc);
	return s;
}

/*
 * hsc: explains HTTP status codes.  Each argument is a code, a class, a
 * pattern, a range or words to search; the answers are printed as
 * aligned text or as JSON.  Exit status: 0 when every query found
 * something, 1 when some query found nothing, 2 for usage errors and
 * failed writes.
 */
#include <err.h>
#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <unistring/version.h>

#include "codes.h"
#include "count.h"
#include "opts.h"
#include "out.h"
#include "query.h"
#include "search.h"
#include "term.h"
#include "ustr.h"

struct results {
	struct result	*r;
	size_t		 n;
	size_t		 cap;
};

/* An argument, normalised and classified. */
struct arg {
	char		*text;
	struct query	 q;
};

static void	 add(struct results *, const struct hsc_code *, int);
static int	 run_query(struct results *, const struct arg *, int);
static int	 run_search(struct results *, struct arg *, int);
static int	 run_count(const struct hsc_opts *, struct out *);
static int	 finish(int);
static void	 help(int);
static void	 version(void);
static void	 usage_error(const char *, ...)
		    __attribute__((format(printf, 1, 2), noreturn));

static void
usage_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fputs("hsc: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputs(" (see hsc --help)\n", stderr);
	va_end(ap);
	exit(2);
}

static void
add(struct results *rs, const struct hsc_code *c, int code)
{
	if (rs->n == rs->cap) {
		rs->cap = rs->cap ? 2 * rs->cap : 64;
		rs->r = xrealloc(rs->r, rs->cap * sizeof(*rs->r));
	}
	rs->r[rs->n].c = c;
	rs->r[rs->n].code = code;
	rs->n++;
}

/* Answers a code, pattern or range; returns whether it found a code. */
static int
run_query(struct results *rs, const struct arg *a, int json)
{
	const struct hsc_code *c;
	size_t i, n;
	int found = 0;

	if (a->q.kind == Q_CODE) {
		if ((c = codes_find(a->q.lo, &n)) == NULL) {
			/* The text view explains an unassigned code. */
			add(rs, NULL, a->q.lo);
			if (json)
				warnx("%d: not an assigned status code",
				    a->q.lo);
			return 0;
		}
		for (i = 0; i < n; i++)
			add(rs, &c[i], c[i].code);
		return 1;
	}
	for (i = 0; i < hsc_ncodes; i++)
		if (query_match(&a->q, hsc_codes[i].code)) {
			add(rs, &hsc_codes[i], hsc_codes[i].code);
			found = 1;
		}
	if (!found)
		warnx("%s: no assigned status code matches", a->text);
	return found;
}

/* Searches for the words of args[0..n-1] together. */
static int
run_search(struct results *rs, struct arg *args, int n)
{
	struct hit *hits;
	char *words, *folded, *shown;
	size_t len = 0, i, nhits;
	int j;

	for (j = 0; j < n; j++)
		len += strlen(args[j].text) + 1;
	words = xmalloc(len + 1);
	words[0] = '\0';
	for (j = 0, len = 0; j < n; j++) {
		size_t l = strlen(args[j].text);

		if (j > 0)
			words[len++] = ' ';
		memcpy(words + len, args[j].text, l + 1);
		len += l;
	}
	folded = ustr_fold(words);
	hits = xmalloc(hsc_ncodes * sizeof(*hits));
	nhits = search_run(folded, hits);
	for (i = 0; i < nhits; i++)
		add(rs, hits[i].c, hits[i].c->code);
	if (nhits == 0) {
		shown = ustr_escape(words, strlen(words), 60);
		warnx("nothing matches '%s'", shown);
		free(shown);
	}
	free(hits);
	free(folded);
	free(words);
	return nhits > 0;
}

/*
 * hsc --count [FILE...]: tallies the codes of the files, or of stdin
 * ("-" too).  Returns the exit status.
 */
static int
run_count(const struct hsc_opts *opt, struct out *o)
{
	struct count c;
	const char *file;
	FILE *fp;
	char *shown;
	int status = 0, i, n = opt->nargs > 0 ? opt->nargs : 1;

	count_init(&c, opt->field);
	for (i = 0; i < n; i++) {
		file = opt->nargs > 0 ? opt->args[i] : "-";
		if (strcmp(file, "-") == 0)
			fp = stdin;
		else if ((fp = fopen(file, "r")) == NULL) {
			shown = ustr_escape(file, strlen(file), 200);
			warn("%s", shown);
			free(shown);
			status = 2;
			continue;
		}
		if (count_stream(&c, fp, fp == stdin ? "(stdin)" : file) != 0) {
			shown = ustr_escape(file, strlen(file), 200);
			warn("%s", shown);
			free(shown);
			status = 2;
		}
		if (fp != stdin)
			fclose(fp);
	}
	if (opt->json)
		count_json(stdout, &c);
	else
		count_text(o, &c, opt->longfmt);
	if (c.skipped > 0) {
		shown = ustr_escape(c.first_file, strlen(c.first_file), 200);
		warnx("skipped %llu line%s with no status code (the first: "
		    "%s:%llu)", c.skipped, c.skipped == 1 ? "" : "s", shown,
		    c.first_skipped);
		free(shown);
	}
	if (status == 0 && c.total == 0)
		status = 1;
	count_free(&c);
	return status;
}

/* Flushes stdout; a failed write makes the exit status 2. */
static int
finish(int status)
{
	int failed = ferror(stdout);

	if (fclose(stdout) == 0 && !failed)
		return status;
	/* A reader that went away (SIGPIPE ignored) is no error to report. */
	if (errno != EPIPE)
		warn("write error");
	return 2;
}

static void
help(int lang)
{
	static const char *const text[LANG_MAX] = {
"Usage: hsc [OPTION]... QUERY...\n"
"   or: hsc --count [OPTION]... [FILE]...\n"
"Explain HTTP status codes: what they mean, why they happen, what to do.\n"
"\n"
"A QUERY is a code (404), a class (4, 4xx), a pattern (41x, 5x3), a range\n"
"(500-504), or words to search for (teapot, 'not found', 게이트웨이).\n"
"With --count, hsc reads access logs or lists of codes (stdin, or FILEs)\n"
"and shows how often each code occurs.\n"
"\n"
"Output:\n"
"  -l, --long          show the detailed explanation\n"
"  -j, --json          print a JSON array, both languages in it\n"
"  -a, --all           list every code\n"
"  -s, --search        take every QUERY as words to search for\n"
"  -c, --count         tally the status codes of logs (zcat for .gz)\n"
"      --field=N       with --count: the code is field N (from 1)\n"
"      --lang=LANG     language of the text: ko or en\n"
"  -w, --width=N       wrap text at N columns; 0 turns wrapping off\n"
"      --color[=WHEN]  colour the codes: always, never or auto\n"
"\n"
"      --list-codes    list classes and codes, tab-separated, for scripts\n"
"  -h, --help          show this help and exit\n"
"  -V, --version       show the version and exit\n"
"\n"
"Examples:\n"
"  hsc 404             what 404 means, in one line\n"
"  hsc -l 502          the detailed explanation of 502\n"
"  hsc 4xx             every client error\n"
"  hsc gateway         codes whose names or texts mention a gateway\n"
"  hsc -j 429 | jq -r '.[0].summary.en'\n"
"\n"
"Language: --lang, else HSC_LANG, else LC_ALL, LC_MESSAGES or LANG.\n"
"Exit status: 0 if every query found something, 1 if a query found\n"
"nothing, 2 for a usage error or an output error.\n",

"사용법: hsc [옵션]... 질의...\n"
"   또는: hsc --count [옵션]... [파일]...\n"
"HTTP 상태 코드가 무슨 뜻인지, 왜 생기는지, 어떻게 해야 하는지 알려 준다.\n"
"\n"
"질의는 코드(404), 분류(4, 4xx), 패턴(41x, 5x3), 범위(500-504),\n"
"또는 검색할 낱말(teapot, 'not found', 게이트웨이)이다.\n"
"--count를 주면 액세스 로그나 코드 목록(표준 입력 또는 파일)을 읽어\n"
"코드별 빈도를 보여 준다.\n"
"\n"
"출력:\n"
"  -l, --long          자세한 설명을 보여 준다\n"
"  -j, --json          JSON 배열로 출력한다 (두 언어가 모두 들어 있다)\n"
"  -a, --all           모든 코드를 보여 준다\n"
"  -s, --search        모든 질의를 검색어로 다룬다\n"
"  -c, --count         로그의 상태 코드를 센다 (.gz는 zcat으로)\n"
"      --field=N       --count에서 N번째 필드(1부터)를 코드로 읽는다\n"
"      --lang=LANG     출력 언어: ko 또는 en\n"
"  -w, --width=N       N칸에서 줄을 바꾼다; 0이면 바꾸지 않는다\n"
"      --color[=WHEN]  코드에 색을 입힌다: always, never, auto\n"
"\n"
"      --list-codes    분류와 코드를 탭으로 나눠 나열한다 (스크립트용)\n"
"  -h, --help          이 도움말을 보여 주고 끝낸다\n"
"  -V, --version       버전을 보여 주고 끝낸다\n"
"\n"
"예:\n"
"  hsc 404             404가 무슨 뜻인지 한 줄로\n"
"  hsc -l 502          502에 대한 자세한 설명\n"
"  hsc 4xx             클라이언트 오류 전체\n"
"  hsc 게이트웨이      이름이나 설명에 게이트웨이가 나오는 코드\n"
"  hsc -j 429 | jq -r '.[0].summary.ko'\n"
"\n"
"언어: --lang, 없으면 HSC_LANG, 없으면 LC_ALL, LC_MESSAGES, LANG 순서.\n"
"종료 상태: 모든 질의에 답이 있으면 0, 답이 없는 질의가 있으면 1,\n"
"사용법 오류나 출력 오류는 2.\n",
	};
	struct out o = { stdout, term_conv(), 0, 0, lang };

	out_puts(&o, text[lang]);
}

static void
version(void)
{
	/* _libunistring_version is 0xMMmmss, of the library in use. */
	printf("hsc %s\nlibunistring %d.%d.%d\n", HSC_VERSION,
	    _libunistring_version >> 16, (_libunistring_version >> 8) & 0xff,
	    _libunistring_version & 0xff);
}

int
main(int argc, char *argv[])
{
	struct hsc_opts opt;
	struct results rs = { NULL, 0, 0 };
	struct arg *args;
	struct out o;
	char err[256], *shown;
	const char *s;
	size_t len;
	int i, j, status = 0;

	/* Only the character type matters: the encoding of the output. */
	setlocale(LC_CTYPE, "");
	signal(SIGPIPE, SIG_DFL);
	if (opts_parse(argc, argv, &opt, err, sizeof(err)) != 0)
		usage_error("%s", err);
	o.lang = term_lang(opt.lang);
	if (opt.help) {
		help(o.lang);
		return finish(0);
	}
	if (opt.version) {
		version();
		return finish(0);
	}
	if (opt.list_codes) {
		o.fp = stdout;
		o.conv = term_conv();
		o.color = 0;
		o.width = 0;
		text_list_codes(&o);
		return finish(0);
	}
	if (opt.field > 0 && !opt.count)
		usage_error("--field goes with --count");
	if (opt.count) {
		if (opt.all || opt.search)
			usage_error("--count reads logs: no --all or --search");
		o.fp = stdout;
		o.conv = term_conv();
		o.color = term_color(opt.color);
		o.width = term_width(opt.width);
		return finish(run_count(&opt, &o));
	}
	if (opt.all && opt.nargs > 0)
		usage_error("--all takes no query");
	if (!opt.all && opt.nargs == 0)
		usage_error("no query given");

	/* Check every argument before answering any. */
	args = xmalloc((size_t)opt.nargs * sizeof(*args));
	for (i = 0; i < opt.nargs; i++) {
		s = opt.args[i];
		len = strlen(s);
		if (!ustr_valid(s, len)) {
			shown = ustr_escape(s, len, 40);
			usage_error("invalid UTF-8 in argument '%s'", shown);
		}
		for (j = 0; s[j] != '\0' && (unsigned char)s[j] < 0x80; j++)
			continue;
		args[i].text = s[j] == '\0' ? xstrdup(s) : ustr_nfkc(s);
		if (s[strspn(s, " \t")] == '\0')
			usage_error("empty query");
		if (opt.search)
			args[i].q.kind = Q_WORDS;
		else if (query_parse(args[i].text, &args[i].q, err,
		    sizeof(err)) != 0)
			usage_error("%s", err);
	}

	if (opt.all)
		for (len = 0; len < hsc_ncodes; len++)
			add(&rs, &hsc_codes[len], hsc_codes[len].code);
	for (i = 0; i < opt.nargs; i = j) {
		/* Neighbouring words are one search: hsc not found. */
		for (j = i; j < opt.nargs && args[j].q.kind == Q_WORDS; j++)
			continue;
		if (j > i) {
			if (!run_search(&rs, args + i, j - i))
				status = 1;
			continue;
		}
		if (!run_query(&rs, &args[i], opt.json))
			status = 1;
		j = i + 1;
	}

	if (opt.json)
		json_print(stdout, rs.r, rs.n);
	else {
		o.fp = stdout;
		o.conv = term_conv();
		o.color = term_color(opt.color);
		o.width = term_width(opt.width);
		text_print(&o, rs.r, rs.n, opt.longfmt);
	}
	for (i = 0; i < opt.nargs; i++)
		free(args[i].text);
	free(args);
	free(rs.r);
	return finish(status);
}

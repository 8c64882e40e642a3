/*
 * UI words in English and Korean: the labels and sentences hsc wraps
 * around the texts of data/, the diagnostics, and the help.  Every
 * message hsc writes is here, in both languages, and goes to stderr in
 * the locale's encoding, as stdout does.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "defs.h"
#include "msg.h"
#include "ustr.h"

static const char *const msgs[M_MAX][LANG_MAX] = {
	[M_ALIASES] = { "Also known as", "다른 이름" },
	[M_KIND] = { "Kind", "종류" },
	[M_SPEC] = { "Specification", "명세" },
	[M_HEADERS] = { "Headers", "관련 헤더" },
	[M_CONSTANTS] = { "Constants", "상수" },
	[M_SEE_ALSO] = { "See also", "함께 보기" },
	[M_CAUSES] = { "Common causes", "흔한 원인" },
	[M_SUBSTATUS] = { "IIS substatus", "하위 상태" },
	[M_SOURCES] = { "Sources", "출처" },
	/* "IIS substatus codes: 500.0 500.11 … (one of them: hsc 500.0)" */
	[M_SUBS] = { "IIS substatus codes: ", "IIS 하위 상태 코드: " },
	[M_SUBS_TO] = { " to ", "~" },
	[M_SUBS_HINT] = { " of them: hsc ", "개, 하나씩 보기: hsc " },
	[M_UNASSIGNED] = { "(unassigned)", "(미할당)" },
	/* "…as 200 OK… (2xx Successful, RFC 9110 §15)." */
	[M_UNASSIGNED_AS] = { "Not a registered code; clients treat it as ",
	    "등록되지 않은 코드다. 클라이언트는 " },
	[M_UNASSIGNED_END] = { "", "처럼 처리한다" },
	[M_TOTAL] = { "total", "합계" },
	[M_NO_RESPONSE] = { "(no response)", "(응답 없음)" },
	/* The column heads of --count when lines say who answered. */
	[M_COUNT] = { "count", "건수" },
	[M_SHARE] = { "share", "비율" },
	[M_PROXY] = { "proxy", "프록시" },
	[M_BACKEND] = { "backend", "백엔드" },
	[M_CODE] = { "code", "코드" },
	[M_OTHERS] = { "(others)", "(나머지)" },
	[M_TIME] = { "time", "시각" },
	[M_PEAK] = { "peak", "최대" },
	/* "1 min per column"; "한 칸에 1분": before and after the length. */
	[M_PER_COLUMN_PRE] = { "", "한 칸에 " },
	[M_PER_COLUMN] = { " per column", "" },
	[M_UNIT_S] = { " s", "초" },
	[M_UNIT_MIN] = { " min", "분" },
	[M_UNIT_H] = { " h", "시간" },
	[M_UNIT_D] = { " d", "일" },
	[M_UNIT_W] = { " wk", "주" },
	[M_IN_DETAIL] = { "(found in the details)", "(자세한 설명에서 찾음)" },
	/* "(since 7.0, deprecated in 7.1, removed in 8.0)" */
	[M_SINCE] = { "since ", "" },
	[M_SINCE_END] = { "", "부터" },
	[M_DEPRECATED] = { "deprecated in ", "" },
	[M_DEPRECATED_END] = { "", "부터 폐기 예정" },
	[M_UNTIL] = { "removed in ", "" },
	[M_UNTIL_END] = { "", "에서 제거" },
	/* "IANA HTTP Status Code Registry, updated 2025-09-15" */
	[M_REGISTRY] = { "IANA HTTP Status Code Registry, updated ",
	    "IANA HTTP 상태 코드 레지스트리, " },
	[M_REGISTRY_END] = { "", " 갱신본" },
};

static const char *const diags[D_MAX][LANG_MAX] = {
	[D_SEE_HELP] = { " (see hsc --help)", " (hsc --help 참고)" },
	/* 20 is WIDTH_MIN, 10000 WIDTH_MAX. */
	[D_BAD_WIDTH] = { "invalid width '%s' (use 0, or 20 to 10000)",
	    "잘못된 너비 '%s' (0, 또는 20에서 10000 사이로 준다)" },
	[D_BAD_COLOR] = { "invalid --color '%s' (use always, never or auto)",
	    "잘못된 --color 값 '%s' (always, never, auto 중 하나)" },
	[D_BAD_FIELD] = { "invalid --field '%s' (use 1 to 1000)",
	    "잘못된 --field 값 '%s' (1에서 1000 사이로 준다)" },
	[D_BAD_LANG] = { "invalid --lang '%s' (use ko or en)",
	    "잘못된 --lang 값 '%s' (ko 또는 en)" },
	[D_OPT_NEEDS_ARG] = { "option requires an argument: '%s'",
	    "값이 필요한 옵션이다: '%s'" },
	[D_OPT_NO_ARG] = { "option takes no argument: '%s'",
	    "값을 받지 않는 옵션이다: '%s'" },
	[D_OPT_UNKNOWN] = { "unknown option '%s'", "알 수 없는 옵션 '%s'" },
	[D_EMPTY_QUERY] = { "empty query", "질의가 비어 있다" },
	[D_BAD_CLASS] = { "%s: not a status class (1xx-5xx)",
	    "%s: 상태 코드 분류가 아니다 (1xx-5xx)" },
	[D_BAD_RANGE] = { "%s: not a range of status codes (100-599)",
	    "%s: 상태 코드의 범위가 아니다 (100-599)" },
	[D_BACKWARDS] = { "%s: the range runs backwards",
	    "%s: 범위의 앞뒤가 바뀌었다" },
	[D_BAD_CODE] = { "%s: not an HTTP status code (100-599)",
	    "%s: HTTP 상태 코드가 아니다 (100-599)" },
	[D_BAD_UTF8] = { "invalid UTF-8 in argument '%s'",
	    "인자에 잘못된 UTF-8이 있다: '%s'" },
	[D_UNASSIGNED] = { "%s: not an assigned status code",
	    "%s: 할당되지 않은 상태 코드다" },
	[D_NO_SUBSTATUS] = { "%s: not an IIS substatus code hsc knows; "
	    "the code itself follows", "%s: hsc가 모르는 IIS 하위 상태 코드다. "
	    "상태 코드만 보여 준다" },
	[D_NO_MATCH_PATTERN] = { "%s: no assigned status code matches",
	    "%s: 해당하는 할당된 상태 코드가 없다" },
	[D_NOTHING_MATCHES] = { "nothing matches '%s'",
	    "'%s'에 맞는 항목이 없다" },
	[D_NOTHING_HINT] = { "try fewer words, an English word, or other "
	    "spacing (hsc --help)", "낱말을 줄이거나, 영어로, 또는 띄어쓰기를 "
	    "바꿔 찾아본다 (hsc --help)" },
	[D_PARTIAL] = { "no code matches every word of '%s'; these match most "
	    "of them", "'%s'의 낱말을 모두 담은 항목이 없어, 가장 많이 맞는 "
	    "것을 보인다" },
	[D_CORRECTED] = { "no match for '%s'; showing '%s'",
	    "'%s'에 맞는 항목이 없어 '%s'(으)로 찾았다" },
	[D_FIELD_NEEDS_COUNT] = { "--field goes with --count or --annotate",
	    "--field는 --count나 --annotate와 함께 쓴다" },
	[D_COUNT_EXCLUSIVE] = { "--count reads logs: no --all or --search",
	    "--count는 로그를 읽는다: --all, --search와 함께 쓸 수 없다" },
	[D_ALL_NO_QUERY] = { "--all takes no query",
	    "--all에는 질의를 주지 않는다" },
	[D_NO_QUERY] = { "no query given: type a code, a class or words "
	    "(hsc 404, hsc 5xx, hsc timeout), or - to read them from stdin",
	    "질의가 없다: 코드, 분류 또는 낱말을 주거나 (hsc 404, hsc 5xx, "
	    "hsc timeout), 표준 입력에서 읽으려면 -를 준다" },
	[D_FILE] = { "%s: %s", "%s: %s" },
	/* The last %s is a hint (D_HINT_*), or empty. */
	[D_SKIPPED_ONE] = { "skipped %s line with no status code (the first: "
	    "%s:%s)%s", "상태 코드가 없는 줄 %s개를 건너뛰었다 "
	    "(첫 줄: %s:%s)%s" },
	[D_SKIPPED] = { "skipped %s lines with no status code (the first: "
	    "%s:%s)%s", "상태 코드가 없는 줄 %s개를 건너뛰었다 "
	    "(첫 줄: %s:%s)%s" },
	[D_WRITE] = { "write error: %s", "쓰기 오류: %s" },
	[D_BAD_HSC_LANG] = { "ignoring HSC_LANG='%s': use ko or en",
	    "HSC_LANG='%s'는 무시한다: ko 또는 en을 쓴다" },
	[D_NEEDS_COUNT] = { "%s goes with --count",
	    "%s 옵션은 --count와 함께 쓴다" },
	[D_ONLY_NEEDS_VIEW] = { "--only goes with --by or --timeline",
	    "--only 옵션은 --by나 --timeline과 함께 쓴다" },
	[D_TOP_NEEDS_BY] = { "--top goes with --by",
	    "--top 옵션은 --by와 함께 쓴다" },
	[D_BACKEND_NEEDS_FIELD] = { "--backend-field goes with --field",
	    "--backend-field 옵션은 --field와 함께 쓴다" },
	[D_FIELD_AND_FORMAT] = { "--field and --format: give one of them",
	    "--field와 --format 중 하나만 준다" },
	[D_JSON_FIELD_FORMAT] = { "%s reads JSON lines: not with --format=%s",
	    "%s 옵션은 JSON 줄을 읽는다: --format=%s와 함께 쓸 수 없다" },
	[D_BAD_FORMAT] = { "invalid --format '%s' (use auto, bare, combined, "
	    "json, alb, clb, cloudfront or iis)", "잘못된 --format 값 '%s' "
	    "(auto, bare, combined, json, alb, clb, cloudfront, iis "
	    "중 하나)" },
	[D_BAD_BY] = { "invalid --by '%s' (use path, client, method, host, "
	    "agent, hour or minute)", "잘못된 --by 값 '%s' (path, client, "
	    "method, host, agent, hour, minute 중 하나)" },
	[D_BAD_TOP] = { "invalid --top '%s' (use 1 to 10000)",
	    "잘못된 --top 값 '%s' (1에서 10000 사이로 준다)" },
	[D_BAD_BUCKET] = { "invalid --timeline '%s' (use a length that "
	    "divides a day, such as 10s, 1m, 15m, 1h or 1d)",
	    "잘못된 --timeline 값 '%s' (10s, 1m, 15m, 1h, 1d처럼 하루를 "
	    "나누어떨어지게 하는 길이로 준다)" },
	[D_BAD_ONLY] = { "invalid --only '%s' (use codes, classes, patterns "
	    "or ranges, separated by commas: 5xx,499)", "잘못된 --only 값 "
	    "'%s' (코드, 분류, 패턴, 범위를 쉼표로 나눠 준다: 5xx,499)" },
	[D_BAD_JSON_FIELD] = { "invalid --json-field '%s' (use keys joined by "
	    "dots, such as httpRequest.status)", "잘못된 --json-field 값 '%s' "
	    "(httpRequest.status처럼 키를 점으로 이어 준다)" },
	[D_BAD_JSON_BACKEND] = { "invalid --json-backend '%s' (use keys "
	    "joined by dots, such as OriginStatus)", "잘못된 --json-backend "
	    "값 '%s' (OriginStatus처럼 키를 점으로 이어 준다)" },
	[D_BAD_BACKEND_FIELD] = { "invalid --backend-field '%s' (use 1 to "
	    "1000)", "잘못된 --backend-field 값 '%s' (1에서 1000 사이로 "
	    "준다)" },
	/* FILE, the kind, the tool to run, FILE again. */
	[D_COMPRESSED] = { "%s: %s data: decompress it first (%s %s | hsc -c)",
	    "%s: %s 압축 데이터다: 먼저 풀어야 한다 (%s %s | hsc -c)" },
	[D_UTF16] = { "%s: %s text: convert it first (%s %s | hsc -c)",
	    "%s: %s 텍스트다: 먼저 UTF-8로 바꿔야 한다 (%s %s | hsc -c)" },
	[D_GZIP_TRUNCATED] = { "%s: the gzip data ends too soon",
	    "%s: gzip 데이터가 중간에 끊겼다" },
	[D_GZIP_BAD] = { "%s: invalid gzip data (%s)",
	    "%s: 잘못된 gzip 데이터다 (%s)" },
	[D_GZIP_TRAILING] = { "%s: ignored the bytes after the gzip data",
	    "%s: gzip 데이터 뒤에 남은 바이트는 무시했다" },
	[D_EMPTY] = { "nothing to count: the input is empty",
	    "셀 것이 없다: 입력이 비어 있다" },
	[D_ONLY_DIRECTIVES] = { "nothing to count: %s directive or comment "
	    "lines, no entries", "셀 것이 없다: 지시어나 주석 %s줄뿐이고 "
	    "항목은 없다" },
	[D_HINT_BINARY] = { "; it holds binary data (NUL bytes)",
	    "; 바이너리 데이터(NUL 바이트)가 들어 있다" },
	[D_HINT_JSON] = { "; it is not valid JSON",
	    "; 올바른 JSON이 아니다" },
	[D_HINT_JSON_KEY] = { "; it has no status member hsc knows: name it "
	    "with --json-field=PATH", "; hsc가 아는 상태 멤버가 없다: "
	    "--json-field=경로로 알려 주라" },
	[D_HINT_JSON_PATH] = { "; it has no member %s",
	    "; %s 멤버가 없다" },
	[D_HINT_FIELD] = { "; its field %s looks like a status code: try "
	    "--field=%s", "; %s번째 필드가 상태 코드로 보인다: --field=%s로 "
	    "읽어 보라" },
	[D_NO_TIME] = { "no line has a time to put on the timeline",
	    "시간축에 놓을 시각이 있는 줄이 없다" },
	[D_UNTIMED_ONE] = { "%s line has no time and is not on the timeline",
	    "시각이 없는 줄 %s개는 시간축에 넣지 않았다" },
	[D_UNTIMED] = { "%s lines have no time and are not on the timeline",
	    "시각이 없는 줄 %s개는 시간축에 넣지 않았다" },
	[D_BUCKET_COARSER] = { "the log spans too long a time for %s "
	    "buckets: using %s", "로그가 다루는 기간이 길어 %s 단위로는 "
	    "나눌 수 없다: %s 단위를 쓴다" },
	[D_PAGER] = { "cannot run the pager '%s': %s",
	    "페이저를 실행할 수 없다: '%s': %s" },
	/* "404: the reason phrase is 'OK', not 'Not Found'" */
	[D_PHRASE] = { "%s: the reason phrase is '%s', not '%s'",
	    "%s: 받은 사유 구절은 '%s'이고, hsc가 아는 구절은 '%s'이다" },
	[D_BAD_ENCODING] = { "invalid %s in argument '%s'",
	    "인자에 %s 인코딩으로 읽을 수 없는 바이트가 있다: '%s'" },
	[D_BAD_LINE] = { "invalid %s on line %s of standard input: '%s'",
	    "%s 인코딩으로 읽을 수 없는 바이트가 표준 입력 %s번째 줄에 "
	    "있다: '%s'" },
	[D_STDIN_EMPTY] = { "no query on standard input",
	    "표준 입력에 질의가 없다" },
	[D_NO_QUERY_HELP] = { "hsc --help lists the options; man hsc "
	    "explains them", "옵션 목록은 hsc --help에, 자세한 설명은 "
	    "man hsc에 있다" },
	[D_ANNOTATE_EXCLUSIVE] = { "--annotate copies its input: no --all, "
	    "--count, --json, --long or --search",
	    "--annotate는 입력을 그대로 옮긴다: --all, --count, --json, "
	    "--long, --search와 함께 쓸 수 없다" },
	/* "option '--l' is ambiguous: --lang, --list-codes, --long" */
	[D_OPT_AMBIGUOUS] = { "option '%s' is ambiguous: %s",
	    "옵션 '%s'만으로는 어느 옵션인지 알 수 없다: %s" },
	[D_OPT_SUGGEST] = { "unknown option '%s'; did you mean %s?",
	    "알 수 없는 옵션 '%s' (비슷한 옵션: %s)" },
	/* "unknown option '-lang=ko': ... as in --lang=ko" */
	[D_OPT_ONE_DASH] = { "unknown option '%s': a long option takes two "
	    "dashes, as in %s", "알 수 없는 옵션 '%s': 긴 옵션은 %s처럼 "
	    "대시 두 개로 쓴다" },
};

/* The language and the encoding of stderr, from msg_setup. */
static int		 diag_lang = LANG_EN;
static const char	*diag_conv;

/*
 * The help, as text_help lays it out: a line is a paragraph, wrapped
 * with its own indent; a line with a tab is a row, "TERM<tab>TEXT",
 * whose texts line up in one column.
 */
static const char *const help[LANG_MAX] = {
"Usage: hsc [OPTION]... QUERY...\n"
"   or: hsc --count [OPTION]... [FILE]...\n"
"   or: hsc --annotate [OPTION]... [FILE]...\n"
"Explain HTTP status codes: what they mean, why they happen, what to do.\n"
"\n"
"A QUERY is a code (404), a class (4, 4xx), a pattern (41x, 5x3), a range "
"(500-504), a status line ('HTTP/1.1 404 Not Found'), or words to search "
"for (teapot, 'not found', 게이트웨이); - reads queries from stdin, one a "
"line. IIS substatus codes (500.19) and 000 (no response) work as codes "
"too. With --count, hsc reads access logs or lists of codes (stdin, or "
"FILEs) and shows how often each code occurs; with --annotate, it copies "
"them and adds the name of each status at the end of its line.\n"
"\n"
"Output:\n"
"  -l, --long\tshow the detailed explanation\n"
"  -j, --json\tprint a JSON array, both languages in it\n"
"  -a, --all\tlist every code\n"
"  -s, --search\ttake every QUERY as words to search for\n"
"  -c, --count\ttally the status codes of logs (gzipped too)\n"
"  -A, --annotate\tcopy logs or curl output, naming each status\n"
"      --field=N\twith --count, --annotate: the code is field N (from 1)\n"
"      --lang=LANG\tlanguage of the text: ko or en\n"
"  -w, --width=N\twrap text at N columns, 20 or more; 0 turns wrapping "
"off\n"
"      --color[=WHEN]\tcolour the codes: always, never or auto\n"
"      --no-color\tdo not colour (--color=never)\n"
"      --no-pager\tnever page the output\n"
"\n"
"Logs (with --count):\n"
"      --format=NAME\tread every line as NAME: bare, combined, json, alb, "
"clb, cloudfront or iis (default: auto, line by line)\n"
"      --backend-field=N\twith --field: the backend's code is field N\n"
"      --json-field=PATH\tin JSON lines the code is at PATH "
"(httpRequest.status)\n"
"      --json-backend=PATH\tin JSON lines the backend's code is at PATH\n"
"      --by=WHAT\ttop values per code: path, client, method, host, agent, "
"hour or minute\n"
"      --only=LIST\tthe codes --by and --timeline show: 5xx,499,000\n"
"      --top=N\twith --by: N values per code (default 10)\n"
"      --timeline[=LEN]\tcodes per time bucket (LEN: 10s, 1m, 15m, 1h, "
"1d)\n"
"\n"
"      --list-codes\tlist classes and codes, tab-separated, for scripts\n"
"  -h, --help\tshow this help and exit\n"
"  -V, --version\tshow the version and exit\n"
"\n"
"Examples:\n"
"  hsc 404\twhat 404 means, in one line\n"
"  hsc -l 502\tthe detailed explanation of 502\n"
"  hsc -l 5xx\twhat 5xx means, then every server error\n"
"  hsc gateway\tcodes whose names or texts mention a gateway\n"
"  curl -sI URL | hsc -A\tthe status line, with its name\n"
"  curl -so /dev/null -w '%{http_code}\\n' URL | hsc -\n"
"  hsc -j 429 | jq -r '.[0].summary.en'\n"
"  hsc -c access.log.gz\thow often each code occurs\n"
"  hsc -c --by=path LOG\tthe top paths of each code\n"
"  hsc -c --timeline LOG\tthe codes over time, as a chart\n"
"\n"
"Language: --lang, else HSC_LANG, else LC_ALL, LC_MESSAGES or LANG.\n"
"Pager: on a terminal, output taller than the screen goes through "
"HSC_PAGER, else PAGER, else less.\n"
"Exit status: 0 if every query found something, 1 if a query found "
"nothing, 2 for a usage error or an output error.\n",

"사용법: hsc [옵션]... 질의...\n"
"   또는: hsc --count [옵션]... [파일]...\n"
"   또는: hsc --annotate [옵션]... [파일]...\n"
"HTTP 상태 코드가 무슨 뜻인지, 왜 생기는지, 어떻게 해야 하는지 알려 준다.\n"
"\n"
"질의는 코드(404), 분류(4, 4xx), 패턴(41x, 5x3), 범위(500-504), "
"상태 줄('HTTP/1.1 404 Not Found'), 또는 검색할 낱말(teapot, 'not found', "
"게이트웨이)이다. -를 주면 표준 입력에서 한 줄에 하나씩 질의를 읽는다. "
"IIS 하위 상태 코드(500.19)와 응답이 없을 때의 000도 찾을 수 있다. "
"--count를 주면 액세스 로그나 코드 목록(표준 입력 또는 파일)을 읽어 "
"코드별 빈도를 보여 주고, --annotate를 주면 그대로 옮기면서 줄마다 "
"상태 코드의 이름을 줄 끝에 덧붙인다.\n"
"\n"
"출력:\n"
"  -l, --long\t자세한 설명을 보여 준다\n"
"  -j, --json\tJSON 배열로 출력한다 (두 언어가 모두 들어 있다)\n"
"  -a, --all\t모든 코드를 보여 준다\n"
"  -s, --search\t모든 질의를 검색어로 다룬다\n"
"  -c, --count\t로그의 상태 코드를 센다 (gzip 압축도 읽는다)\n"
"  -A, --annotate\t로그나 curl 출력을 옮기며 상태 코드 이름을 붙인다\n"
"      --field=N\t--count, --annotate에서 N번째 필드(1부터)를 코드로 읽는다\n"
"      --lang=LANG\t출력 언어: ko 또는 en\n"
"  -w, --width=N\tN칸(20 이상)에서 줄을 바꾼다. 0이면 바꾸지 않는다\n"
"      --color[=WHEN]\t코드에 색을 입힌다: always, never, auto\n"
"      --no-color\t색을 입히지 않는다 (--color=never)\n"
"      --no-pager\t출력을 페이저로 넘기지 않는다\n"
"\n"
"로그 (--count와 함께):\n"
"      --format=NAME\t모든 줄을 NAME 형식으로 읽는다: bare, combined, json, "
"alb, clb, cloudfront, iis (기본값 auto: 줄마다 판단)\n"
"      --backend-field=N\t--field와 함께: 백엔드의 코드는 N번째 필드다\n"
"      --json-field=PATH\tJSON 줄에서 코드는 PATH에 있다 "
"(httpRequest.status)\n"
"      --json-backend=PATH\t백엔드의 코드는 PATH에 있다\n"
"      --by=WHAT\t코드별 상위 값: path, client, method, host, agent, hour, "
"minute 중 하나\n"
"      --only=LIST\t--by와 --timeline이 보여 줄 코드: 5xx,499,000\n"
"      --top=N\t--by에서 코드마다 값 N개 (기본값 10)\n"
"      --timeline[=LEN]\t시간 구간별 코드 (LEN: 10s, 1m, 15m, 1h, 1d)\n"
"\n"
"      --list-codes\t분류와 코드를 탭으로 나눠 나열한다 (스크립트용)\n"
"  -h, --help\t이 도움말을 보여 주고 끝낸다\n"
"  -V, --version\t버전을 보여 주고 끝낸다\n"
"\n"
"예:\n"
"  hsc 404\t404가 무슨 뜻인지 한 줄로\n"
"  hsc -l 502\t502에 대한 자세한 설명\n"
"  hsc -l 5xx\t5xx의 뜻과 서버 오류 전체\n"
"  hsc 게이트웨이\t이름이나 설명에 게이트웨이가 나오는 코드\n"
"  curl -sI URL | hsc -A\t상태 줄과 그 이름\n"
"  curl -so /dev/null -w '%{http_code}\\n' URL | hsc -\n"
"  hsc -j 429 | jq -r '.[0].summary.ko'\n"
"  hsc -c access.log.gz\t코드마다 몇 번 나오는지\n"
"  hsc -c --by=path LOG\t코드마다 가장 잦은 경로\n"
"  hsc -c --timeline LOG\t시간에 따른 코드, 도표로\n"
"\n"
"언어: --lang, 없으면 HSC_LANG, 없으면 LC_ALL, LC_MESSAGES, LANG 순서.\n"
"페이저: 터미널에서 화면보다 긴 출력은 HSC_PAGER, 없으면 PAGER, 없으면 "
"less로 보여 준다.\n"
"종료 상태: 모든 질의에 답이 있으면 0, 답이 없는 질의가 있으면 1, "
"사용법 오류나 출력 오류는 2.\n",
};

const char *
msg(enum msg m, int lang)
{
	return msgs[m][lang];
}

/* The text of --help. */
const char *
msg_help(int lang)
{
	return help[lang];
}

/* The format of a diagnostic, in a language. */
const char *
msg_diag(enum diag d, int lang)
{
	return diags[d][lang];
}

/* Records a usage error for the caller to show; returns -1. */
int
msg_error(struct hsc_error *e, enum diag d, const char *arg)
{
	return msg_error2(e, d, arg, NULL);
}

/* The same, for a diagnostic with two arguments. */
int
msg_error2(struct hsc_error *e, enum diag d, const char *arg,
    const char *arg2)
{
	e->id = d;
	snprintf(e->arg, sizeof(e->arg), "%s", arg != NULL ? arg : "");
	snprintf(e->arg2, sizeof(e->arg2), "%s", arg2 != NULL ? arg2 : "");
	return -1;
}

/* Sets the language of the diagnostics and the encoding of stderr. */
void
msg_setup(int lang, const char *conv)
{
	diag_lang = lang;
	diag_conv = conv;
}

/*
 * The formats are this file's own literals, chosen by id, and take
 * strings only: what -Wformat-nonliteral guards against cannot happen.
 */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static size_t
vrender(char *buf, size_t size, int lang, enum diag d, va_list ap)
{
	int n = vsnprintf(buf, size, diags[d][lang], ap);

	return n < 0 ? 0 : (size_t)n < size ? (size_t)n : size - 1;
}
#pragma GCC diagnostic pop

/* Writes diagnostic d in a language into buf; returns its length. */
size_t
msg_render(char *buf, size_t size, int lang, enum diag d, ...)
{
	va_list ap;
	size_t n;

	va_start(ap, d);
	n = vrender(buf, size, lang, d, ap);
	va_end(ap);
	return n;
}

/* Writes "hsc: " and the text, converted as stdout is, to stderr. */
static void
put(const char *s, size_t n)
{
	fputs("hsc: ", stderr);
	ustr_fwrite(stderr, s, n, diag_conv);
}

void
msg_warn(enum diag d, ...)
{
	char buf[1024];
	va_list ap;
	size_t n;

	va_start(ap, d);
	n = vrender(buf, sizeof(buf), diag_lang, d, ap);
	va_end(ap);
	put(buf, n);
	fputc('\n', stderr);
}

/* Writes a usage error, with where to find help, and exits with 2. */
void
msg_usage(enum diag d, ...)
{
	char buf[1024];
	va_list ap;
	size_t n;

	va_start(ap, d);
	n = vrender(buf, sizeof(buf), diag_lang, d, ap);
	va_end(ap);
	n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s",
	    diags[D_SEE_HELP][diag_lang]);
	put(buf, n < sizeof(buf) ? n : sizeof(buf) - 1);
	fputc('\n', stderr);
	exit(2);
}

void
msg_usage_error(const struct hsc_error *e)
{
	msg_usage(e->id, e->arg, e->arg2);
}

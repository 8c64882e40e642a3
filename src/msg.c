/*
 * UI words in English and Korean.  The texts about codes live in data/;
 * these are only the labels and sentences hsc wraps around them.
 */
#include "codes.h"
#include "msg.h"

static const char *const msgs[M_MAX][LANG_MAX] = {
	[M_ALIASES] = { "Also known as", "다른 이름" },
	[M_KIND] = { "Kind", "종류" },
	[M_SPEC] = { "Specification", "명세" },
	[M_HEADERS] = { "Headers", "관련 헤더" },
	[M_CONSTANTS] = { "Constants", "상수" },
	[M_SEE_ALSO] = { "See also", "함께 보기" },
	[M_CAUSES] = { "Common causes", "흔한 원인" },
	[M_UNASSIGNED] = { "(unassigned)", "(미할당)" },
	/* "…as 200 OK… (2xx Successful, RFC 9110 §15)." */
	[M_UNASSIGNED_AS] = { "Not a registered code; clients treat it as ",
	    "등록되지 않은 코드다. 클라이언트는 " },
	[M_UNASSIGNED_END] = { "", "처럼 처리한다" },
	[M_TOTAL] = { "total", "합계" },
};

static const char *const kinds[KIND_MAX][LANG_MAX] = {
	[KIND_STANDARD] = { "standard", "표준" },
	[KIND_WEBDAV] = { "WebDAV", "WebDAV" },
	[KIND_EXPERIMENTAL] = { "experimental", "실험적" },
	[KIND_DEPRECATED] = { "deprecated", "폐기됨" },
	[KIND_UNUSED] = { "unused", "사용 안 함" },
	[KIND_UNOFFICIAL] = { "unofficial", "비공식" },
};

static const char *const const_langs[CONST_MAX] = {
	"Go", "Python", "Rust", "Spring", ".NET", "Node.js",
};

const char *
msg(enum msg m, int lang)
{
	return msgs[m][lang];
}

const char *
msg_kind(int kind, int lang)
{
	return kinds[kind][lang];
}

const char *
msg_const_lang(int c)
{
	return const_langs[c];
}

/*
 * The lists that hsc and hscgen share, each written once as an X-macro
 * and expanded wherever an enum, a table of names, a data field, a JSON
 * key, a label or a validator needs it.  Adding a language of
 * constants is one X(...) line here, plus its data.
 */
#ifndef HSC_DEFS_H
#define HSC_DEFS_H

/*
 * The languages of the texts: X(ID, code).  The code names the data
 * fields (summary.en), the JSON keys ({"en": …}) and --lang's values.
 * UI words are given in this order wherever they are listed.
 */
#define HSC_LANGS(X)							\
	X(EN, "en")							\
	X(KO, "ko")

/*
 * The kinds of code: X(ID, name, English label, Korean label).  The
 * name is data/'s `kind:` value and JSON's "kind".  A pseudo code is
 * no status at all: what tools and logs write when no response came.
 */
#define HSC_KINDS(X)							\
	X(STANDARD, "standard", "standard", "표준")			\
	X(WEBDAV, "webdav", "WebDAV", "WebDAV")				\
	X(EXPERIMENTAL, "experimental", "experimental", "실험적")	\
	X(DEPRECATED, "deprecated", "deprecated", "폐기됨")		\
	X(UNUSED, "unused", "unused", "사용 안 함")			\
	X(UNOFFICIAL, "unofficial", "unofficial", "비공식")		\
	X(PSEUDO, "pseudo", "not an HTTP status", "HTTP 상태 코드 아님")

/* Characters a constant's name may hold after its prefix. */
#define CS_UPPER	"ABCDEFGHIJKLMNOPQRSTUVWXYZ_"
#define CS_UPPER_DIGIT	"ABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789"
#define CS_LOWER	"abcdefghijklmnopqrstuvwxyz_"
#define CS_ALPHA	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

/*
 * The libraries whose constants name a code: X(ID, key, label, prefix,
 * characters).  The key names the data field (const.go) and the JSON
 * key; the label is what --long shows; a constant is the prefix then
 * one or more of the characters (a NULL prefix: free text, as Node's
 * phrases are).  A '#' in a prefix stands for a digit of the record's
 * code, in order: Django REST framework's names carry their number.
 */
#define HSC_CONSTS(X)							\
	X(GO, "go", "Go", "http.Status", CS_ALPHA)			\
	X(PYTHON, "python", "Python", "HTTPStatus.", CS_UPPER)		\
	X(RUST, "rust", "Rust", "StatusCode::", CS_UPPER)		\
	X(SPRING, "spring", "Spring", "HttpStatus.", CS_UPPER)		\
	X(DOTNET, "dotnet", ".NET", "HttpStatusCode.", CS_ALPHA)	\
	X(NODE, "node", "Node.js", NULL, NULL)				\
	X(HTTP2, "http2", "Node http2", "http2.constants.HTTP_STATUS_",	\
	    CS_UPPER)							\
	X(RACK, "rack", "Rack", ":", CS_LOWER)				\
	X(DRF, "drf", "DRF", "status.HTTP_###_", CS_UPPER)		\
	X(SYMFONY, "symfony", "Symfony", "Response::HTTP_", CS_UPPER)

#define HSC_ENUM_ID(prefix, id)	prefix##id

enum hsc_lang {
#define X(id, code)	LANG_##id,
	HSC_LANGS(X)
#undef X
	LANG_MAX
};

enum hsc_kind {
#define X(id, name, en, ko)	KIND_##id,
	HSC_KINDS(X)
#undef X
	KIND_MAX
};

enum hsc_const {
#define X(id, key, label, prefix, chars)	CONST_##id,
	HSC_CONSTS(X)
#undef X
	CONST_MAX
};

/* What each list's names are, from names.c. */
struct hsc_const_def {
	const char	*key;
	const char	*label;
	const char	*prefix;
	const char	*chars;
};

extern const char *const		hsc_lang_codes[LANG_MAX];
extern const char *const		hsc_kind_names[KIND_MAX];
extern const char *const		hsc_kind_labels[KIND_MAX][LANG_MAX];
extern const struct hsc_const_def	hsc_const_defs[CONST_MAX];

int	hsc_lang_parse(const char *);
int	hsc_kind_parse(const char *);

#endif

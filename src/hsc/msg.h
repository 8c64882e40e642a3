/*
 * The words hsc puts around the table's texts, in each language.
 */
#ifndef HSC_MSG_H
#define HSC_MSG_H

enum msg {
	M_ALIASES,
	M_KIND,
	M_SPEC,
	M_HEADERS,
	M_CONSTANTS,
	M_SEE_ALSO,
	M_CAUSES,
	M_UNASSIGNED,
	M_UNASSIGNED_AS,
	M_UNASSIGNED_END,
	M_TOTAL,
	M_NO_RESPONSE,
	M_COUNT,
	M_SHARE,
	M_PROXY,
	M_BACKEND,
	M_CODE,
	M_OTHERS,
	M_TIME,
	M_PEAK,
	M_PER_COLUMN_PRE,
	M_PER_COLUMN,
	M_UNIT_S,
	M_UNIT_MIN,
	M_UNIT_H,
	M_UNIT_D,
	M_UNIT_W,
	M_IN_DETAIL,
	M_SINCE,		/* the versions of a constant: before and */
	M_SINCE_END,		/* after the version */
	M_DEPRECATED,
	M_DEPRECATED_END,
	M_UNTIL,
	M_UNTIL_END,
	M_SUBSTATUS,		/* the long view's label of 500.0, 500.11 … */
	M_SOURCES,
	M_SUBS,			/* "IIS substatus codes: 500.0 … (hsc 500.0)" */
	M_SUBS_TO,
	M_SUBS_HINT,
	M_REGISTRY,		/* --version: around the registry's date */
	M_REGISTRY_END,
	M_MAX
};

/*
 * The diagnostics: every message hsc writes to stderr, in each
 * language.  Their formats take strings only (%s), the same number in
 * every language, in the same order.
 */
enum diag {
	D_SEE_HELP,
	D_BAD_WIDTH,
	D_BAD_COLOR,
	D_BAD_FIELD,
	D_BAD_LANG,
	D_OPT_NEEDS_ARG,
	D_OPT_NO_ARG,
	D_OPT_UNKNOWN,
	D_EMPTY_QUERY,
	D_BAD_CLASS,
	D_BAD_RANGE,
	D_BACKWARDS,
	D_BAD_CODE,
	D_BAD_UTF8,
	D_UNASSIGNED,
	D_NO_SUBSTATUS,
	D_NO_MATCH_PATTERN,
	D_NOTHING_MATCHES,
	D_NOTHING_HINT,
	D_CORRECTED,
	D_PARTIAL,
	D_FIELD_NEEDS_COUNT,
	D_COUNT_EXCLUSIVE,
	D_ALL_NO_QUERY,
	D_NO_QUERY,
	D_FILE,
	D_SKIPPED_ONE,
	D_SKIPPED,
	D_WRITE,
	D_BAD_HSC_LANG,
	D_NEEDS_COUNT,
	D_ONLY_NEEDS_VIEW,
	D_TOP_NEEDS_BY,
	D_BACKEND_NEEDS_FIELD,
	D_FIELD_AND_FORMAT,
	D_JSON_FIELD_FORMAT,
	D_BAD_FORMAT,
	D_BAD_BY,
	D_BAD_TOP,
	D_BAD_BUCKET,
	D_BAD_ONLY,
	D_BAD_JSON_FIELD,
	D_BAD_JSON_BACKEND,
	D_BAD_BACKEND_FIELD,
	D_COMPRESSED,
	D_UTF16,
	D_GZIP_TRUNCATED,
	D_GZIP_BAD,
	D_GZIP_TRAILING,
	D_EMPTY,
	D_ONLY_DIRECTIVES,
	D_HINT_BINARY,
	D_HINT_JSON,
	D_HINT_JSON_KEY,
	D_HINT_JSON_PATH,
	D_HINT_FIELD,
	D_NO_TIME,
	D_UNTIMED,
	D_UNTIMED_ONE,
	D_BUCKET_COARSER,
	D_PAGER,
	/* Real input: status lines, stdin, encodings, --annotate. */
	D_PHRASE,
	D_BAD_ENCODING,
	D_BAD_LINE,
	D_STDIN_EMPTY,
	D_NO_QUERY_HELP,
	D_ANNOTATE_EXCLUSIVE,
	/* Options that forgive. */
	D_OPT_AMBIGUOUS,
	D_OPT_SUGGEST,
	D_OPT_ONE_DASH,
	D_MAX
};

/*
 * A usage error found by a parser, to be shown in the user's language:
 * the diagnostic and its one or two arguments.
 */
struct hsc_error {
	enum diag	 id;
	char		 arg[256];
	char		 arg2[256];
};

const char	*msg(enum msg, int);
const char	*msg_help(int);
const char	*msg_diag(enum diag, int);
int		 msg_error(struct hsc_error *, enum diag, const char *);
int		 msg_error2(struct hsc_error *, enum diag, const char *,
		    const char *);
void		 msg_setup(int, const char *);
void		 msg_warn(enum diag, ...);
void		 msg_usage(enum diag, ...) __attribute__((noreturn));
void		 msg_usage_error(const struct hsc_error *)
		    __attribute__((noreturn));
size_t		 msg_render(char *, size_t, int, enum diag, ...);

#endif

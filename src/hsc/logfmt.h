/*
 * Access-log lines: which format a line is in, and what it says (the
 * status sent to the client, the backend's, IIS's substatus, the time,
 * and one dimension: path, client, method, host, agent, hour, minute).
 */
#ifndef HSC_LOGFMT_H
#define HSC_LOGFMT_H

#include <stddef.h>

/* The formats, by the names --format takes (logfmt_names). */
enum logfmt {
	LF_AUTO,
	LF_BARE,
	LF_COMBINED,
	LF_JSON,
	LF_ALB,
	LF_CLB,
	LF_CLOUDFRONT,
	LF_IIS,
	LF_FIELD,	/* --field=N */
	LF_MAX
};

/* What --by counts. */
enum dim {
	DIM_NONE,
	DIM_PATH,
	DIM_CLIENT,
	DIM_METHOD,
	DIM_HOST,
	DIM_AGENT,
	DIM_HOUR,
	DIM_MINUTE,
	DIM_MAX
};

/* Why a line has no status. */
enum skip {
	SK_NONE,
	SK_BLANK,	/* not data: counted nowhere */
	SK_DIRECTIVE,	/* a W3C #-line, or a comment */
	SK_BINARY,	/* NUL bytes */
	SK_JSON,	/* not valid JSON */
	SK_JSON_KEY,	/* JSON without a status member hsc knows */
	SK_FIELD,	/* a field looks like a code: try --field */
	SK_OTHER,
	SK_MAX
};

/* W3C columns hsc reads, by their #Fields: names. */
enum wcol {
	W_STATUS,
	W_SUBSTATUS,
	W_DATE,
	W_TIME,
	W_STEM,
	W_CLIENT,
	W_METHOD,
	W_HOST,
	W_AGENT,
	W_MAX
};

/* The longest value of a dimension kept; longer ones are cut. */
#define LOG_VALUE_MAX	256
/* The longest --json-field path. */
#define LOG_PATH_MAX	256

struct logopts {
	int		 format;	/* enum logfmt; LF_AUTO: by line */
	int		 field;		/* --field=N, or 0 */
	int		 backend_field;	/* --backend-field=N, or 0 */
	const char	*json_field;	/* --json-field=PATH, or NULL */
	const char	*json_backend;	/* --json-backend=PATH */
	int		 dim;		/* enum dim to extract */
	int		 want_time;	/* extract the time too */
};

/* What one line says. */
struct logrec {
	int		 status;	/* 100-599; 0: no response; -1: none */
	int		 backend;	/* 100-599; 0: none; -1: not logged */
	int		 sub;		/* IIS sc-substatus, or -1 */
	int		 format;	/* enum logfmt it was read as */
	int		 skip;		/* enum skip, when status is -1 */
	int		 hint;		/* SK_FIELD: that field's number */
	const char	*dim;		/* the dimension's value, or NULL */
	size_t		 dimlen;
	int		 has_time;
	long long	 t;		/* seconds since the epoch, UTC */
	int		 tz;		/* the log's offset, minutes east */
};

/*
 * The state of one stream: the options, the columns the last W3C
 * #Fields: line named, and room for decoded values.
 */
struct logstate {
	const struct logopts	*opt;
	int			 need_time;	/* the time, or a dim of it */
	int			 quick;		/* logfmt_quick may answer */
	int			 w3c;		/* a #Fields: line was read */
	short			 col[W_MAX];	/* 1-based; 0: absent */
	unsigned		 jfield_hash;
	unsigned		 jback_hash;
	char			 buf[LOG_VALUE_MAX + 64];
};

extern const char *const	logfmt_names[LF_MAX];
extern const char *const	logfmt_dims[DIM_MAX];

void	logstate_init(struct logstate *, const struct logopts *);
void	logstate_reset(struct logstate *);
void	logfmt_parse(struct logstate *, const char *, size_t,
	    struct logrec *);
int	logfmt_quick(const struct logstate *, const char *, size_t);
int	logfmt_format(const char *);
int	logfmt_dim(const char *);
int	logfmt_time(const char *, size_t, long long *, int *);
size_t	logfmt_when(long long, int, int, char *, size_t);

#endif

/*
 * Reading access-log lines.  Each line is read by the format it is in,
 * found from the line itself (or forced with --format):
 *
 * - a bare code, as `awk '{print $9}'` or `jq .status` print it;
 * - AWS Application and Classic Load Balancer lines, known by their
 *   leading fields (type, time, name; or time, name, client:port);
 * - JSON lines, read by a real tokenizer (jscan.c): the status is the
 *   member of a known name (status, DownstreamStatus, httpRequest.status
 *   ...), or the one --json-field names;
 * - W3C extended lines (CloudFront, IIS), read through the columns the
 *   last #Fields: line named;
 * - the common and combined formats of Apache and nginx, vhost_combined
 *   and Envoy's default: the status is the field after the quoted
 *   request.  Apache writes a quote inside it as \" and nginx as \x22,
 *   so the request ends at the first quote not escaped by a backslash,
 *   and a client cannot choose the status its line is counted under.
 *
 * The status "000", "0" or "-" is no response (0).  Nothing here
 * allocates: values point into the line, or into the state's buffer.
 */
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jscan.h"
#include "logfmt.h"
#include "timeline.h"
#include "word.h"

#define is_blank(c)	word_blank_byte((unsigned char)(c))
#define is_digit(c)	((c) >= '0' && (c) <= '9')

const char *const logfmt_names[LF_MAX] = {
	"auto", "bare", "combined", "json", "alb", "clb", "cloudfront",
	"iis", "field"
};

const char *const logfmt_dims[DIM_MAX] = {
	"none", "path", "client", "method", "host", "agent", "hour",
	"minute"
};

/*
 * The columns of CloudFront's standard log and IIS's default W3C log,
 * for lines read with --format=cloudfront or --format=iis and no
 * #Fields: line before them.
 */
static const char cloudfront_fields[] = "date time x-edge-location "
    "sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) "
    "cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type "
    "x-edge-request-id x-host-header cs-protocol cs-bytes time-taken "
    "x-forwarded-for ssl-protocol ssl-cipher x-edge-response-result-type "
    "cs-protocol-version fle-status fle-encrypted-fields c-port "
    "time-to-first-byte x-edge-detailed-result-type sc-content-type "
    "sc-content-len sc-range-start sc-range-end";
static const char iis_fields[] = "date time s-ip cs-method cs-uri-stem "
    "cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) "
    "sc-status sc-substatus sc-win32-status time-taken";

/* What a JSON member is for. */
enum role {
	R_STATUS,
	R_BACKEND,
	R_REQUEST,	/* "GET /path HTTP/1.1" */
	R_METHOD,
	R_PATH,
	R_URL,		/* a whole URL: path and host */
	R_CLIENT,
	R_HOST,
	R_AGENT,
	R_TIME,
	R_HTTPREQ	/* GCP's httpRequest object */
};

/*
 * The JSON members hsc knows, best first within a role.  leaf: the key
 * also counts at any depth (an object "res" with "statusCode").  A
 * status member may name the member that holds the backend's status;
 * none: a line without that member had no backend answer (Traefik's
 * OriginStatus is "absent (0)"), else the line does not say.
 */
static const struct jkey {
	const char	*path;
	unsigned char	 role;
	unsigned char	 leaf;
	const char	*backend;
	unsigned char	 none;
} jkeys[] = {
	{ "DownstreamStatus", R_STATUS, 0, "OriginStatus", 1 },
	{ "EdgeResponseStatus", R_STATUS, 0, "OriginResponseStatus", 1 },
	{ "elb_status_code", R_STATUS, 0, "target_status_code", 0 },
	{ "httpRequest.status", R_STATUS, 0, NULL, 0 },
	{ "status", R_STATUS, 1, "upstream_status", 0 },
	{ "status_code", R_STATUS, 1, NULL, 0 },
	{ "statusCode", R_STATUS, 1, NULL, 0 },
	{ "http_status", R_STATUS, 1, NULL, 0 },
	{ "response_code", R_STATUS, 1, NULL, 0 },
	{ "response_status", R_STATUS, 1, NULL, 0 },
	{ "sc-status", R_STATUS, 0, NULL, 0 },
	{ "sc_status", R_STATUS, 0, NULL, 0 },
	{ "OriginStatus", R_BACKEND, 0, NULL, 0 },
	{ "OriginResponseStatus", R_BACKEND, 0, NULL, 0 },
	{ "target_status_code", R_BACKEND, 0, NULL, 0 },
	{ "upstream_status", R_BACKEND, 0, NULL, 0 },
	{ "httpRequest", R_HTTPREQ, 0, NULL, 0 },
	{ "request", R_REQUEST, 0, NULL, 0 },
	{ "request_method", R_METHOD, 0, NULL, 0 },
	{ "method", R_METHOD, 0, NULL, 0 },
	{ "RequestMethod", R_METHOD, 0, NULL, 0 },
	{ "ClientRequestMethod", R_METHOD, 0, NULL, 0 },
	{ "httpRequest.requestMethod", R_METHOD, 0, NULL, 0 },
	{ "request.method", R_METHOD, 0, NULL, 0 },
	{ "http.request.method", R_METHOD, 0, NULL, 0 },
	{ "req.method", R_METHOD, 0, NULL, 0 },
	{ "cs-method", R_METHOD, 0, NULL, 0 },
	{ "RequestPath", R_PATH, 0, NULL, 0 },
	{ "ClientRequestURI", R_PATH, 0, NULL, 0 },
	{ "ClientRequestPath", R_PATH, 0, NULL, 0 },
	{ "request.uri", R_PATH, 0, NULL, 0 },
	{ "request_uri", R_PATH, 0, NULL, 0 },
	{ "uri", R_PATH, 0, NULL, 0 },
	{ "path", R_PATH, 0, NULL, 0 },
	{ "url.path", R_PATH, 0, NULL, 0 },
	{ "req.url", R_PATH, 0, NULL, 0 },
	{ "cs-uri-stem", R_PATH, 0, NULL, 0 },
	{ "httpRequest.requestUrl", R_URL, 0, NULL, 0 },
	{ "url", R_URL, 0, NULL, 0 },
	{ "url.original", R_URL, 0, NULL, 0 },
	{ "ClientHost", R_CLIENT, 0, NULL, 0 },
	{ "ClientIP", R_CLIENT, 0, NULL, 0 },
	{ "httpRequest.remoteIp", R_CLIENT, 0, NULL, 0 },
	{ "request.client_ip", R_CLIENT, 0, NULL, 0 },
	{ "request.remote_ip", R_CLIENT, 0, NULL, 0 },
	{ "remote_addr", R_CLIENT, 0, NULL, 0 },
	{ "client_ip", R_CLIENT, 0, NULL, 0 },
	{ "remote_ip", R_CLIENT, 0, NULL, 0 },
	{ "client", R_CLIENT, 0, NULL, 0 },
	{ "source.ip", R_CLIENT, 0, NULL, 0 },
	{ "client.ip", R_CLIENT, 0, NULL, 0 },
	{ "req.remoteAddress", R_CLIENT, 0, NULL, 0 },
	{ "c-ip", R_CLIENT, 0, NULL, 0 },
	{ "RequestHost", R_HOST, 0, NULL, 0 },
	{ "ClientRequestHost", R_HOST, 0, NULL, 0 },
	{ "request.host", R_HOST, 0, NULL, 0 },
	{ "host", R_HOST, 0, NULL, 0 },
	{ "http_host", R_HOST, 0, NULL, 0 },
	{ "server_name", R_HOST, 0, NULL, 0 },
	{ "url.domain", R_HOST, 0, NULL, 0 },
	{ "req.headers.host", R_HOST, 0, NULL, 0 },
	{ "ClientRequestUserAgent", R_AGENT, 0, NULL, 0 },
	{ "httpRequest.userAgent", R_AGENT, 0, NULL, 0 },
	{ "request.headers.User-Agent", R_AGENT, 0, NULL, 0 },
	{ "request_User-Agent", R_AGENT, 0, NULL, 0 },
	{ "http_user_agent", R_AGENT, 0, NULL, 0 },
	{ "user_agent", R_AGENT, 0, NULL, 0 },
	{ "userAgent", R_AGENT, 0, NULL, 0 },
	{ "user_agent.original", R_AGENT, 0, NULL, 0 },
	{ "req.headers.user-agent", R_AGENT, 0, NULL, 0 },
	{ "cs(User-Agent)", R_AGENT, 0, NULL, 0 },
	{ "StartUTC", R_TIME, 0, NULL, 0 },
	{ "EdgeStartTimestamp", R_TIME, 0, NULL, 0 },
	{ "timestamp", R_TIME, 0, NULL, 0 },
	{ "@timestamp", R_TIME, 0, NULL, 0 },
	{ "time_iso8601", R_TIME, 0, NULL, 0 },
	{ "time_local", R_TIME, 0, NULL, 0 },
	{ "time", R_TIME, 0, NULL, 0 },
	{ "ts", R_TIME, 0, NULL, 0 },
	{ "start_time", R_TIME, 0, NULL, 0 },
	{ "datetime", R_TIME, 0, NULL, 0 },
	{ "msec", R_TIME, 0, NULL, 0 },
	{ "date", R_TIME, 0, NULL, 0 },
};
#define NJKEYS	(sizeof(jkeys) / sizeof(jkeys[0]))
_Static_assert(NJKEYS < 128, "jkeys are indexed by signed char");

/* The members of each role a dimension is read from, in order. */
static const unsigned char dim_roles[DIM_MAX][3] = {
	[DIM_PATH] = { R_PATH + 1, R_URL + 1, R_REQUEST + 1 },
	[DIM_CLIENT] = { R_CLIENT + 1 },
	[DIM_METHOD] = { R_METHOD + 1, R_REQUEST + 1 },
	[DIM_HOST] = { R_HOST + 1, R_URL + 1 },
	[DIM_AGENT] = { R_AGENT + 1 },
	[DIM_HOUR] = { R_TIME + 1 },
	[DIM_MINUTE] = { R_TIME + 1 },
};

/* jkeys by hash: the full paths, and the keys that count at any depth. */
#define JHASH	256
static signed char	 jpath_slot[JHASH];
static signed char	 jleaf_slot[JHASH];
static uint32_t		 jkey_hash[NJKEYS];
static size_t		 jkey_len[NJKEYS];
/* Of each status member, the index of its backend's, or -1. */
static signed char	 jkey_backend[NJKEYS];
static int		 jk_httpreq;
static pthread_once_t	 jtables_once = PTHREAD_ONCE_INIT;

static void	 jtables(void);
static int	 jlookup(const signed char *, uint32_t, const char *, size_t);
static int	 status_token(const char *, size_t);
static int	 backend_value(const char *, size_t);
static inline const char *quote_end(const char *, const char *);
static inline int after_quote(const char *, const char *, const char **);
static int	 nth_field(const char *, const char *, int, const char **,
		    size_t *);
static void	 set_dim(struct logstate *, struct logrec *, const char *,
		    size_t);
static void	 set_path(struct logstate *, struct logrec *, const char *,
		    size_t);
static void	 set_host_of_url(struct logstate *, struct logrec *,
		    const char *, size_t);
static void	 set_client(struct logstate *, struct logrec *,
		    const char *, size_t);
static void	 set_time_dim(struct logstate *, struct logrec *);
static void	 request_dim(struct logstate *, struct logrec *,
		    const char *, size_t);
static int	 parse_bare(struct logstate *, const char *, size_t,
		    struct logrec *);
static int	 parse_fields(struct logstate *, const char *, size_t,
		    struct logrec *);
static int	 parse_combined(struct logstate *, const char *, size_t,
		    struct logrec *);
static int	 parse_elb(struct logstate *, const char *, size_t,
		    struct logrec *, int);
static int	 parse_w3c(struct logstate *, const char *, size_t,
		    struct logrec *);
static int	 parse_json(struct logstate *, const char *, size_t,
		    struct logrec *);
static void	 read_fields_line(struct logstate *, const char *, size_t);
static inline int is_alb(const char *, size_t);
static inline int is_clb(const char *, size_t);
static int	 is_cloudfront(const char *, size_t);
static void	 why_skipped(const char *, size_t, struct logrec *);

/* The format named s (or an alias), or -1. */
int
logfmt_format(const char *s)
{
	static const struct {
		const char	*name;
		int		 fmt;
	} aliases[] = {
		{ "common", LF_COMBINED }, { "vhost_combined", LF_COMBINED },
		{ "envoy", LF_COMBINED }, { "nginx", LF_COMBINED },
		{ "apache", LF_COMBINED }, { "ndjson", LF_JSON },
		{ "jsonl", LF_JSON }, { "w3c", LF_IIS },
	};
	size_t i;

	for (i = 0; i < LF_FIELD; i++)
		if (strcmp(s, logfmt_names[i]) == 0)
			return (int)i;
	for (i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++)
		if (strcmp(s, aliases[i].name) == 0)
			return aliases[i].fmt;
	return -1;
}

/* The dimension named s, or -1. */
int
logfmt_dim(const char *s)
{
	size_t i;

	for (i = 1; i < DIM_MAX; i++)
		if (strcmp(s, logfmt_dims[i]) == 0)
			return (int)i;
	if (strcmp(s, "url") == 0 || strcmp(s, "uri") == 0)
		return DIM_PATH;
	if (strcmp(s, "ip") == 0)
		return DIM_CLIENT;
	if (strcmp(s, "vhost") == 0)
		return DIM_HOST;
	if (strcmp(s, "user-agent") == 0 || strcmp(s, "ua") == 0)
		return DIM_AGENT;
	return -1;
}

/*
 * Fills the hash tables of jkeys: once a process, by pthread_once,
 * since the threads of --count start their streams side by side.
 */
static void
jtables(void)
{
	size_t i, s;

	memset(jpath_slot, -1, sizeof(jpath_slot));
	memset(jleaf_slot, -1, sizeof(jleaf_slot));
	for (i = 0; i < NJKEYS; i++) {
		jkey_backend[i] = -1;
		for (s = 0; jkeys[i].backend != NULL && s < NJKEYS; s++)
			if (strcmp(jkeys[s].path, jkeys[i].backend) == 0)
				jkey_backend[i] = (signed char)s;
		if (jkeys[i].role == R_HTTPREQ)
			jk_httpreq = (int)i;
		jkey_len[i] = strlen(jkeys[i].path);
		jkey_hash[i] = jscan_hash(jkeys[i].path, jkey_len[i]);
		for (s = jkey_hash[i] % JHASH; jpath_slot[s] >= 0;
		    s = (s + 1) % JHASH)
			continue;
		jpath_slot[s] = (signed char)i;
		if (!jkeys[i].leaf)
			continue;
		for (s = jkey_hash[i] % JHASH; jleaf_slot[s] >= 0;
		    s = (s + 1) % JHASH)
			continue;
		jleaf_slot[s] = (signed char)i;
	}
}

/* The jkeys entry of path s[0..n-1] (hash h) in a table, or -1. */
static int
jlookup(const signed char *slot, uint32_t h, const char *s, size_t n)
{
	size_t i;
	int k;

	for (i = h % JHASH; (k = slot[i]) >= 0; i = (i + 1) % JHASH)
		if (jkey_hash[k] == h && jkey_len[k] == n &&
		    memcmp(jkeys[k].path, s, n) == 0)
			return k;
	return -1;
}

/* Prepares ls to read a stream with the options opt. */
void
logstate_init(struct logstate *ls, const struct logopts *opt)
{
	memset(ls, 0, sizeof(*ls));
	ls->opt = opt;
	ls->need_time = opt->want_time || opt->dim == DIM_HOUR ||
	    opt->dim == DIM_MINUTE;
	ls->quick = opt->format == LF_AUTO && opt->field == 0 &&
	    opt->dim == DIM_NONE && !opt->want_time;
	(void)pthread_once(&jtables_once, jtables);
	if (opt->json_field != NULL)
		ls->jfield_hash = jscan_hash(opt->json_field,
		    strlen(opt->json_field));
	if (opt->json_backend != NULL)
		ls->jback_hash = jscan_hash(opt->json_backend,
		    strlen(opt->json_backend));
	logstate_reset(ls);
}

/*
 * Forgets what the last stream said (its #Fields: line), as at the
 * start of a file.
 */
void
logstate_reset(struct logstate *ls)
{
	ls->w3c = 0;
	memset(ls->col, 0, sizeof(ls->col));
	if (ls->opt->format == LF_CLOUDFRONT)
		read_fields_line(ls, cloudfront_fields,
		    sizeof(cloudfront_fields) - 1);
	else if (ls->opt->format == LF_IIS)
		read_fields_line(ls, iis_fields, sizeof(iis_fields) - 1);
}

/*
 * A status field: 100-599, 0 for no response ("000", "0" or "-"), or
 * -1 when it is not one.
 */
static int
status_token(const char *s, size_t n)
{
	int v;

	if (n == 1)
		return *s == '0' || *s == '-' ? 0 : -1;
	if ((v = word_code3(s, n)) == 0 || (v >= 100 && v <= 599))
		return v;
	return -1;
}

/*
 * The backend's status in s[0..n-1]: a code, or 0 for none ("-", "0",
 * empty).  nginx lists the servers it tried, "502, 200" or
 * "504 : 200": the last one answered.  -1 for anything else.
 */
static int
backend_value(const char *s, size_t n)
{
	const char *e = s + n, *p;

	while (e > s && (is_blank(e[-1]) || e[-1] == ',' || e[-1] == ':'))
		e--;
	for (p = e; p > s && !is_blank(p[-1]) && p[-1] != ',' &&
	    p[-1] != ':'; p--)
		continue;
	if (p == e)
		return 0;
	return status_token(p, (size_t)(e - p));
}

/*
 * The closing quote of a quoted field whose text starts at p: the
 * first quote not escaped by a backslash (an odd run of them), or
 * NULL.
 */
static inline const char *
quote_end(const char *p, const char *e)
{
	const char *q, *b;

	for (; (q = memchr(p, '"', (size_t)(e - p))) != NULL; p = q + 1) {
		for (b = q; b > p && b[-1] == '\\'; b--)
			continue;
		if ((q - b) % 2 == 0)
			return q;
	}
	return NULL;
}

/*
 * The status after the quote at q: a space, then a status field ending
 * in a blank or at e.  Returns it (end of field in *end), or -1.
 */
static inline int
after_quote(const char *q, const char *e, const char **end)
{
	const char *p = q + 2, *f;
	int v;

	if (e - q < 3 || q[1] != ' ')
		return -1;
	/* The usual case first: three digits, then a blank or the end. */
	if (e - q >= 5 && (e - q == 5 || is_blank(q[5])) &&
	    ((v = word_code3(p, 3)) == 0 || (v >= 100 && v <= 599))) {
		*end = q + 5;
		return v;
	}
	for (f = p; f < e && !is_blank(*f); f++)
		if (f - p > 3)
			return -1;
	*end = f;
	return status_token(p, (size_t)(f - p));
}

/*
 * The next blank-separated field from *p up to e: its start, its length
 * in *len, and *p past it; NULL when there is none.
 */
static inline const char *
next_field(const char **p, const char *e, size_t *len)
{
	const char *s = *p, *b;

	while (s < e && is_blank(*s))
		s++;
	if (s == e)
		return NULL;
	for (b = s; b < e && !is_blank(*b); b++)
		continue;
	*len = (size_t)(b - s);
	*p = b;
	return s;
}

/*
 * The n-th (from 1) blank-separated field of s..e, in *f and *len.
 * Returns 0, or -1 when there are fewer fields.
 */
static int
nth_field(const char *s, const char *e, int n, const char **f,
    size_t *len)
{
	const char *g;
	int i;

	for (i = 1; (g = next_field(&s, e, len)) != NULL; i++)
		if (i == n) {
			*f = g;
			return 0;
		}
	return -1;
}

/* Sets the dimension to s[0..n-1], cut at a character boundary. */
static void
set_dim(struct logstate *ls, struct logrec *r, const char *s, size_t n)
{
	(void)ls;
	if (n == 0) {
		s = "-";	/* an empty value is no value */
		n = 1;
	}
	if (n > LOG_VALUE_MAX) {
		n = LOG_VALUE_MAX;
		while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
			n--;
	}
	r->dim = s;
	r->dimlen = n;
}

/*
 * Sets the dimension to the path of a request target: without the
 * scheme and host of an absolute URL, without the query string.
 */
static void
set_path(struct logstate *ls, struct logrec *r, const char *s, size_t n)
{
	const char *e = s + n, *p, *q;

	if (n > 0 && *s != '/' && (p = memchr(s, ':', n)) != NULL &&
	    e - p > 2 && p[1] == '/' &&
	    p[2] == '/' && p > s) {
		for (q = s; q < p && ((*q >= 'a' && *q <= 'z') ||
		    (*q >= 'A' && *q <= 'Z') || *q == '+' || *q == '.' ||
		    *q == '-'); q++)
			continue;
		if (q == p) {
			if ((s = memchr(p + 3, '/', (size_t)(e - p - 3))) ==
			    NULL) {
				set_dim(ls, r, "/", 1);
				return;
			}
		}
	}
	if ((p = memchr(s, '?', (size_t)(e - s))) == NULL)
		p = e;
	if ((q = memchr(s, '#', (size_t)(p - s))) != NULL)
		p = q;
	if (p == s)
		set_dim(ls, r, "-", 1);
	else
		set_dim(ls, r, s, (size_t)(p - s));
}

/* Sets the dimension to the host of the URL s[0..n-1], if it has one. */
static void
set_host_of_url(struct logstate *ls, struct logrec *r, const char *s,
    size_t n)
{
	const char *e = s + n, *p, *h, *at;

	if ((p = memchr(s, ':', n)) == NULL || e - p < 3 || p[1] != '/' ||
	    p[2] != '/')
		return;
	h = p + 3;
	for (p = h; p < e && *p != '/' && *p != '?' && *p != '#'; p++)
		continue;
	if ((at = memchr(h, '@', (size_t)(p - h))) != NULL)
		h = at + 1;
	set_client(ls, r, h, (size_t)(p - h));
}

/*
 * Sets the dimension to an address or host without its port:
 * "192.0.2.1:80", "[2001:db8::1]:443", "example.com:443"; an address
 * of several colons and no brackets is an IPv6 address, kept whole.
 */
static void
set_client(struct logstate *ls, struct logrec *r, const char *s, size_t n)
{
	const char *e = s + n, *c, *p;
	int colons = 0;

	if (n > 0 && *s == '[') {
		if ((c = memchr(s, ']', n)) != NULL) {
			set_dim(ls, r, s + 1, (size_t)(c - s - 1));
			return;
		}
	}
	for (p = s; p < e; p++)
		colons += *p == ':';
	if (colons == 1) {
		for (c = e; c > s && c[-1] != ':'; c--)
			if (!is_digit(c[-1]))
				break;
		if (c > s && c[-1] == ':' && c < e)
			n = (size_t)(c - 1 - s);
	}
	set_dim(ls, r, s, n);
}

/* Sets the dimension to the hour or minute of the line's time. */
static void
set_time_dim(struct logstate *ls, struct logrec *r)
{
	int unit = ls->opt->dim == DIM_HOUR ? 3600 : 60;
	long long lt;
	size_t n;

	if (!r->has_time)
		return;
	/* The start of the hour or minute, on the log's clock. */
	lt = tl_floordiv(r->t + r->tz * 60LL, unit) * unit;
	n = logfmt_when(lt - r->tz * 60LL, r->tz, unit, ls->buf,
	    sizeof(ls->buf));
	r->dim = ls->buf;
	r->dimlen = n;
}

/*
 * Sets the path or method dimension from a request line, "GET /x
 * HTTP/1.1"; a request of one word ("-", or bytes that are no
 * request) has neither: "-".
 */
static void
request_dim(struct logstate *ls, struct logrec *r, const char *s,
    size_t n)
{
	const char *e = s + n, *m, *me, *t, *te;

	for (m = s; m < e && *m == ' '; m++)
		continue;
	if ((me = memchr(m, ' ', (size_t)(e - m))) == NULL) {
		set_dim(ls, r, "-", 1);
		return;
	}
	for (t = me; t < e && *t == ' '; t++)
		continue;
	if (t == e) {
		set_dim(ls, r, "-", 1);
		return;
	}
	if ((te = memchr(t, ' ', (size_t)(e - t))) == NULL)
		te = e;
	if (ls->opt->dim == DIM_METHOD)
		set_dim(ls, r, m, (size_t)(me - m));
	else if (ls->opt->dim == DIM_PATH)
		set_path(ls, r, t, (size_t)(te - t));
	else if (ls->opt->dim == DIM_HOST)
		set_host_of_url(ls, r, t, (size_t)(te - t));
}

/*
 * Reads "#Fields: date time ..." (after the "#Fields:"): the columns
 * of the W3C lines that follow.
 */
static void
read_fields_line(struct logstate *ls, const char *s, size_t n)
{
	static const struct {
		const char	*name;
		int		 col;
		int		 rank;	/* the lower, the better for its column */
	} names[] = {
		{ "sc-status", W_STATUS, 0 }, { "sc-substatus", W_SUBSTATUS, 0 },
		{ "date", W_DATE, 0 }, { "time", W_TIME, 0 },
		{ "cs-uri-stem", W_STEM, 0 }, { "c-ip", W_CLIENT, 0 },
		{ "cs-method", W_METHOD, 0 }, { "x-host-header", W_HOST, 0 },
		{ "cs-host", W_HOST, 1 }, { "cs(Host)", W_HOST, 2 },
		{ "s-sitename", W_HOST, 3 }, { "cs(User-Agent)", W_AGENT, 0 },
	};
	const char *e = s + n, *f;
	size_t len, i;
	int k, rank[W_MAX];

	memset(ls->col, 0, sizeof(ls->col));
	for (i = 0; i < W_MAX; i++)
		rank[i] = INT_MAX;
	for (k = 1; k < SHRT_MAX && (f = next_field(&s, e, &len)) != NULL;
	    k++)
		for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
			if (strlen(names[i].name) == len &&
			    memcmp(names[i].name, f, len) == 0 &&
			    names[i].rank < rank[names[i].col]) {
				ls->col[names[i].col] = (short)k;
				rank[names[i].col] = names[i].rank;
			}
	ls->w3c = ls->col[W_STATUS] > 0;
}

/* Whether s starts with an ALB entry's type and time. */
static inline int
is_alb(const char *s, size_t n)
{
	static const char *const types[] = {
		"http ", "https ", "h2 ", "ws ", "wss ", "grpcs "
	};
	size_t i, k;

	if (*s != 'h' && *s != 'w' && *s != 'g')
		return 0;
	for (i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		k = strlen(types[i]);
		if (n > k + 20 && memcmp(s, types[i], k) == 0)
			return is_digit(s[k]) && s[k + 4] == '-' &&
			    s[k + 10] == 'T';
	}
	return 0;
}

/* Whether s starts with a CLB entry's time. */
static inline int
is_clb(const char *s, size_t n)
{
	return n > 30 && is_digit(s[0]) && s[4] == '-' && s[7] == '-' &&
	    s[10] == 'T';
}

/* Whether s looks like a CloudFront entry: date, tab, time, tab. */
static int
is_cloudfront(const char *s, size_t n)
{
	return n > 20 && is_digit(s[0]) && s[4] == '-' && s[7] == '-' &&
	    s[10] == '\t' && s[13] == ':' && s[19] == '\t';
}

static int
parse_bare(struct logstate *ls, const char *s, size_t n, struct logrec *r)
{
	(void)ls;
	r->format = LF_BARE;
	return (r->status = status_token(s, n)) >= 0 ? 0 : -1;
}

/* --field=N (and --backend-field=N): blank-separated fields. */
static int
parse_fields(struct logstate *ls, const char *s, size_t n,
    struct logrec *r)
{
	const struct logopts *o = ls->opt;
	const char *e = s + n, *f, *g;
	size_t len, glen;

	r->format = LF_FIELD;
	if (nth_field(s, e, o->field, &f, &len) != 0 ||
	    (r->status = status_token(f, len)) < 0)
		return -1;
	if (o->backend_field > 0) {
		r->backend = 0;
		if (nth_field(s, e, o->backend_field, &g, &glen) == 0) {
			/* nginx's "502, 200": read to the end of the list. */
			while (glen > 0 && g[glen - 1] == ',' &&
			    nth_field(g + glen, e, 1, &f, &len) == 0)
				glen = (size_t)(f + len - g);
			r->backend = backend_value(g, glen);
		}
	}
	return 0;
}

/*
 * Whether the text before p ends in a protocol, " HTTP/1.1": the end
 * of a request line.
 */
static int
ends_in_protocol(const char *s, const char *p)
{
	while (p > s && (is_digit(p[-1]) || p[-1] == '.'))
		p--;
	return p - s >= 5 && memcmp(p - 5, "HTTP/", 5) == 0;
}

/*
 * The common and combined formats, vhost_combined and Envoy's default:
 * the status is the field after the quoted request.  The request ends
 * at its first unescaped quote.  Only when what follows that is no
 * status (a log that does not escape quotes, as Envoy's) is the first
 * quote that ends a protocol and is followed by a status taken, else
 * the first quote followed by a status.
 */
static int
parse_combined(struct logstate *ls, const char *s, size_t n,
    struct logrec *r)
{
	const char *e = s + n, *q, *c, *p, *first = NULL, *tok, *b, *f;
	size_t len, k;
	int st = -1, fields, envoy, i;

	r->format = LF_COMBINED;
	if ((q = memchr(s, '"', n)) == NULL)
		return -1;
	if ((c = quote_end(q + 1, e)) == NULL ||
	    (st = after_quote(c, e, &tok)) < 0) {
		for (c = NULL, p = q + 1; (p = memchr(p, '"',
		    (size_t)(e - p))) != NULL; p++) {
			if ((st = after_quote(p, e, &tok)) < 0)
				continue;
			if (ends_in_protocol(q + 1, p)) {
				c = p;
				break;
			}
			if (first == NULL)
				first = p;
		}
		if (c == NULL && (c = first) == NULL)
			return -1;
		st = after_quote(c, e, &tok);
	}
	r->status = st;
	if (ls->opt->dim == DIM_NONE && !ls->opt->want_time)
		return 0;

	/* Before the request: [host:port] client ident user [time]. */
	envoy = *s == '[';
	if (ls->need_time && (p = memchr(s, '[', (size_t)(q - s))) != NULL &&
	    (b = memchr(p, ']', (size_t)(q - p))) != NULL)
		r->has_time = logfmt_time(p + 1, (size_t)(b - p - 1), &r->t,
		    &r->tz) == 0;
	fields = 0;
	if (ls->opt->dim == DIM_CLIENT || ls->opt->dim == DIM_HOST)
		for (p = s; p < q && *p != '['; p = b) {
			while (p < q && is_blank(*p))
				p++;
			if (p == q || *p == '[')
				break;
			for (b = p; b < q && !is_blank(*b); b++)
				continue;
			fields++;
		}
	switch (ls->opt->dim) {
	case DIM_PATH:
	case DIM_METHOD:
		request_dim(ls, r, q + 1, (size_t)(c - q - 1));
		return 0;
	case DIM_HOUR:
	case DIM_MINUTE:
		set_time_dim(ls, r);
		return 0;
	case DIM_CLIENT:
		if (!envoy) {
			if (nth_field(s, q, fields == 4 ? 2 : 1, &f, &len) == 0)
				set_dim(ls, r, f, len);
			return 0;
		}
		break;
	case DIM_HOST:
		if (!envoy) {
			if (fields == 4 && nth_field(s, q, 1, &f, &len) == 0)
				set_client(ls, r, f, len);
			else
				set_dim(ls, r, "-", 1);
			return 0;
		}
		break;
	default:
		break;
	}
	/*
	 * After the status, quoted fields: the referer and the agent of
	 * combined; Envoy's X-Forwarded-For, agent, request id, authority.
	 */
	for (i = 0, p = tok; i < 4 && p < e; i++) {
		if ((p = memchr(p, '"', (size_t)(e - p))) == NULL ||
		    (b = quote_end(p + 1, e)) == NULL)
			break;
		k = (size_t)(b - p - 1);
		if ((ls->opt->dim == DIM_AGENT && i == 1) ||
		    (envoy && ls->opt->dim == DIM_CLIENT && i == 0) ||
		    (envoy && ls->opt->dim == DIM_HOST && i == 3)) {
			set_dim(ls, r, p + 1, k);
			break;
		}
		p = b + 1;
	}
	if (r->dim == NULL)
		set_dim(ls, r, "-", 1);
	return 0;
}

/*
 * AWS load balancers: ALB (alb set) "type time elb client:port
 * target:port t t t elb_status target_status ..." or CLB "time elb
 * client:port backend:port t t t elb_status backend_status ...", then
 * the quoted request and user agent.
 */
static int
parse_elb(struct logstate *ls, const char *s, size_t n, struct logrec *r,
    int alb)
{
	const char *e = s + n, *f[14], *p, *b;
	size_t len[14];
	int i, nf = alb ? 12 : 11, k;

	r->format = alb ? LF_ALB : LF_CLB;
	for (i = 0, p = s; i < nf; i++) {
		while (p < e && *p == ' ')
			p++;
		for (b = p; b < e && *b != ' '; b++)
			continue;
		if (b == p)
			return -1;
		f[i] = p;
		len[i] = (size_t)(b - p);
		p = b;
	}
	/*
	 * The client's address and port; three times (or -1), the two
	 * statuses, two sizes.
	 */
	if (memchr(f[nf - 9], ':', len[nf - 9]) == NULL ||
	    f[alb][len[alb] - 1] != 'Z')
		return -1;
	for (i = nf - 7; i < nf; i++)
		if (i != nf - 4 && i != nf - 3 && !is_digit(*f[i]) &&
		    *f[i] != '-')
			return -1;
	if ((r->status = status_token(f[nf - 4], len[nf - 4])) < 0)
		return -1;
	if ((k = status_token(f[nf - 3], len[nf - 3])) < 0) {
		r->status = -1;
		return -1;
	}
	r->backend = k;
	if (ls->opt->dim == DIM_NONE && !ls->opt->want_time)
		return 0;
	if (ls->need_time)
		r->has_time = logfmt_time(f[alb], len[alb], &r->t, &r->tz) ==
		    0;
	switch (ls->opt->dim) {
	case DIM_CLIENT:
		set_client(ls, r, f[alb + 2], len[alb + 2]);
		return 0;
	case DIM_HOUR:
	case DIM_MINUTE:
		set_time_dim(ls, r);
		return 0;
	case DIM_NONE:
		return 0;
	default:
		break;
	}
	/* The quoted request, then the quoted agent. */
	for (i = 0; i < 2; i++) {
		while (p < e && *p == ' ')
			p++;
		if (p == e || *p != '"' || (b = quote_end(p + 1, e)) == NULL)
			break;
		if (i == 0 && ls->opt->dim != DIM_AGENT) {
			request_dim(ls, r, p + 1, (size_t)(b - p - 1));
			return 0;
		}
		if (i == 1) {
			set_dim(ls, r, p + 1, (size_t)(b - p - 1));
			return 0;
		}
		p = b + 1;
	}
	set_dim(ls, r, "-", 1);
	return 0;
}

/*
 * The W3C extended format (CloudFront, IIS): columns as #Fields: named
 * them, separated by tabs (CloudFront) or spaces (IIS).  Also the
 * substatus of IIS.
 */
static int
parse_w3c(struct logstate *ls, const char *s, size_t n, struct logrec *r)
{
	const char *e = s + n, *p, *b, *f[W_MAX] = { NULL };
	size_t len[W_MAX] = { 0 };
	int tab = memchr(s, '\t', n) != NULL, k, i, need = 0, v;

	r->format = tab ? LF_CLOUDFRONT : LF_IIS;
	for (i = 0; i < W_MAX; i++)
		if (ls->col[i] > need)
			need = ls->col[i];
	for (k = 1, p = s; k <= need && p <= e; k++, p = b + 1) {
		if (!tab)
			while (p < e && *p == ' ')
				p++;
		for (b = p; b < e && *b != (tab ? '\t' : ' '); b++)
			continue;
		for (i = 0; i < W_MAX; i++)
			if (ls->col[i] == k) {
				f[i] = p;
				len[i] = (size_t)(b - p);
			}
		if (b == e)
			break;
	}
	if (f[W_STATUS] == NULL ||
	    (r->status = status_token(f[W_STATUS], len[W_STATUS])) < 0)
		return -1;
	if (f[W_SUBSTATUS] != NULL && len[W_SUBSTATUS] > 0 &&
	    len[W_SUBSTATUS] <= 5) {
		for (v = 0, i = 0; i < (int)len[W_SUBSTATUS] &&
		    is_digit(f[W_SUBSTATUS][i]); i++)
			v = v * 10 + (f[W_SUBSTATUS][i] - '0');
		if (i == (int)len[W_SUBSTATUS])
			r->sub = v;
	}
	if (ls->opt->dim == DIM_NONE && !ls->opt->want_time)
		return 0;
	if (ls->need_time && f[W_DATE] != NULL && f[W_TIME] != NULL &&
	    len[W_DATE] == 10 && len[W_TIME] >= 8) {
		memcpy(ls->buf, f[W_DATE], 10);
		ls->buf[10] = 'T';
		memcpy(ls->buf + 11, f[W_TIME], 8);
		memcpy(ls->buf + 19, "Z", 1);
		r->has_time = logfmt_time(ls->buf, 20, &r->t, &r->tz) == 0;
	}
	switch (ls->opt->dim) {
	case DIM_PATH:
		k = W_STEM;
		break;
	case DIM_CLIENT:
		k = W_CLIENT;
		break;
	case DIM_METHOD:
		k = W_METHOD;
		break;
	case DIM_HOST:
		k = W_HOST;
		break;
	case DIM_AGENT:
		k = W_AGENT;
		break;
	case DIM_HOUR:
	case DIM_MINUTE:
		set_time_dim(ls, r);
		return 0;
	default:
		return 0;
	}
	if (f[k] != NULL && len[k] > 0)
		set_dim(ls, r, f[k], len[k]);
	else
		set_dim(ls, r, "-", 1);
	return 0;
}

/* What parse_json collects while jscan walks a line. */
struct jfound {
	const char	*val;
	size_t		 vlen;
	unsigned char	 type;
	unsigned char	 escaped;
	unsigned char	 leaf;		/* found as a key at depth > 1 */
	unsigned char	 seen;
};
struct jline {
	struct logstate	*ls;
	unsigned char	 seen[NJKEYS];	/* k[i] holds a value */
	struct jfound	 k[NJKEYS];
	struct jfound	 user;		/* --json-field */
	struct jfound	 back;		/* --json-backend */
};

static void
jvisit(void *arg, const struct jitem *it)
{
	struct jline *jl = arg;
	struct logstate *ls = jl->ls;
	struct jfound *f = NULL;
	int k, leaf = 0;

	if (it->index > 0)
		return;		/* of an array, the first element only */
	if (it->type == JS_OBJECT || it->type == JS_ARRAY) {
		if (it->depth > 1 || jlookup(jpath_slot, it->hash, it->path,
		    it->pathlen) != jk_httpreq)
			return;
	}
	if (ls->opt->json_field != NULL && it->hash == ls->jfield_hash &&
	    strlen(ls->opt->json_field) == it->pathlen &&
	    memcmp(ls->opt->json_field, it->path, it->pathlen) == 0)
		f = &jl->user;
	else if (ls->opt->json_backend != NULL &&
	    it->hash == ls->jback_hash &&
	    strlen(ls->opt->json_backend) == it->pathlen &&
	    memcmp(ls->opt->json_backend, it->path, it->pathlen) == 0)
		f = &jl->back;
	else {
		if ((k = jlookup(jpath_slot, it->hash, it->path,
		    it->pathlen)) < 0) {
			if (it->depth < 2 || (k = jlookup(jleaf_slot, it->leaf,
			    it->key, it->keylen)) < 0)
				return;
			leaf = 1;
		}
		/* Of objects and arrays, only GCP's httpRequest counts. */
		if ((it->type == JS_OBJECT || it->type == JS_ARRAY) &&
		    jkeys[k].role != R_HTTPREQ)
			return;
		f = &jl->k[k];
		/* The first found wins; an exact path beats a leaf. */
		if (jl->seen[k] && (leaf || !f->leaf))
			return;
		jl->seen[k] = 1;
	}
	f->val = it->val;
	f->vlen = it->vlen;
	f->type = (unsigned char)it->type;
	f->escaped = (unsigned char)it->escaped;
	f->leaf = (unsigned char)leaf;
	f->seen = 1;
}

/*
 * A JSON value as a status (backend: as the backend's): a number or a
 * string.  null and the empty string are no response (none).
 */
static int
jstatus(const struct jfound *f, int backend)
{
	if (!f->seen)
		return -1;
	switch (f->type) {
	case JS_NULL:
		return 0;
	case JS_NUMBER:
		return status_token(f->val, f->vlen);
	case JS_STRING:
		if (backend)
			return backend_value(f->val, f->vlen);
		return f->vlen == 0 ? 0 : status_token(f->val, f->vlen);
	default:
		return -1;
	}
}

/* Sets the dimension to the string or number f, decoded. */
static void
jset(struct logstate *ls, struct logrec *r, const struct jfound *f,
    int role)
{
	const char *v = f->val;
	size_t n = f->vlen;

	if (f->type != JS_STRING && f->type != JS_NUMBER)
		return;
	if (f->escaped) {
		n = jscan_unescape(v, n, ls->buf, LOG_VALUE_MAX, NULL);
		v = ls->buf;
	}
	switch (role) {
	case R_REQUEST:
		request_dim(ls, r, v, n);
		break;
	case R_URL:
		if (ls->opt->dim == DIM_HOST)
			set_host_of_url(ls, r, v, n);
		else
			set_path(ls, r, v, n);
		break;
	case R_PATH:
		set_path(ls, r, v, n);
		break;
	case R_CLIENT:
	case R_HOST:
		set_client(ls, r, v, n);
		break;
	default:
		set_dim(ls, r, v, n);
		break;
	}
}

/*
 * JSON lines: the status from --json-field, or from the best member
 * hsc knows (see jkeys); no status member at all in a GCP entry (its
 * httpRequest) is no response, as its default 0 is left out.
 */
static int
parse_json(struct logstate *ls, const char *s, size_t n, struct logrec *r)
{
	struct jline jl;
	const struct logopts *o = ls->opt;
	const struct jfound *f;
	size_t i, k;
	int st = -1, best = -1, pass, d;

	r->format = LF_JSON;
	jl.ls = ls;
	memset(jl.seen, 0, sizeof(jl.seen));
	jl.user.seen = jl.back.seen = 0;
	if (jscan_line(s, n, jvisit, &jl) != 0) {
		r->skip = SK_JSON;
		return -1;
	}
	if (o->json_field != NULL)
		st = jstatus(&jl.user, 0);
	else {
		/* Members at their place first, then keys found deeper. */
		for (pass = 0; pass < 2 && best < 0; pass++)
			for (i = 0; i < NJKEYS && best < 0; i++) {
				f = &jl.k[i];
				if (jkeys[i].role != R_STATUS || !jl.seen[i] ||
				    f->leaf != pass)
					continue;
				st = jstatus(f, 0);
				if (st > 0 || (st == 0 && !f->leaf))
					best = (int)i;
			}
		if (best < 0)
			st = jl.seen[jk_httpreq] ? 0 : -1;
	}
	if (st < 0) {
		r->skip = SK_JSON_KEY;
		return -1;
	}
	r->status = st;
	if (o->json_backend != NULL)
		r->backend = jl.back.seen ? jstatus(&jl.back, 1) : 0;
	else if (best >= 0 && (d = jkey_backend[best]) >= 0) {
		if (jl.seen[d])
			r->backend = jstatus(&jl.k[d], 1);
		else if (jkeys[best].none)
			r->backend = 0;
	}
	if (r->backend < -1)
		r->backend = -1;
	if (o->dim == DIM_NONE && !o->want_time)
		return 0;
	for (i = 0; ls->need_time && i < NJKEYS; i++)
		if (jkeys[i].role == R_TIME && jl.seen[i]) {
			f = &jl.k[i];
			if (f->type == JS_NUMBER || (f->type == JS_STRING &&
			    !f->escaped)) {
				r->has_time = logfmt_time(f->val, f->vlen,
				    &r->t, &r->tz) == 0;
				if (r->has_time)
					break;
			}
		}
	if (o->dim == DIM_HOUR || o->dim == DIM_MINUTE) {
		set_time_dim(ls, r);
		return 0;
	}
	for (k = 0; k < 3 && dim_roles[o->dim][k] != 0 && r->dim == NULL;
	    k++)
		for (i = 0; i < NJKEYS && r->dim == NULL; i++)
			if (jkeys[i].role + 1 == dim_roles[o->dim][k] &&
			    jl.seen[i])
				jset(ls, r, &jl.k[i], jkeys[i].role);
	if (r->dim == NULL)
		set_dim(ls, r, "-", 1);
	return 0;
}

/*
 * Says why the line s[0..n-1] has no status: binary data, or a field
 * that would be a code if --field named it.
 */
static void
why_skipped(const char *s, size_t n, struct logrec *r)
{
	const char *e = s + n, *f;
	size_t len;
	int k, v;

	if (r->skip != SK_NONE)
		return;
	if (memchr(s, '\0', n) != NULL) {
		r->skip = SK_BINARY;
		return;
	}
	r->skip = SK_OTHER;
	for (k = 1; k <= 64 && (f = next_field(&s, e, &len)) != NULL; k++)
		if ((v = word_code3(f, len)) >= 100 && v <= 599) {
			r->skip = SK_FIELD;
			r->hint = k;
			return;
		}
}

/*
 * The status of the line s[0..n-1] when it is a common or combined line
 * that needs nothing but its status, or -2 when logfmt_parse must read
 * it: the same steps as logfmt_parse takes for such a line, without
 * the rest, for plain --count.  The answer, when there is one, is what
 * logfmt_parse would say (format LF_COMBINED, no backend, no
 * substatus).
 */
int
logfmt_quick(const struct logstate *ls, const char *s, size_t n)
{
	const char *e = s + n, *q, *c, *tok;
	int st;

	if (!ls->quick || ls->w3c || n < 8 || is_blank(*s) ||
	    is_blank(s[n - 1]) || *s == '#' || *s == '{' || is_alb(s, n) ||
	    is_clb(s, n))
		return -2;
	if ((q = memchr(s, '"', n)) == NULL ||
	    (c = quote_end(q + 1, e)) == NULL ||
	    (st = after_quote(c, e, &tok)) < 0)
		return -2;
	return st;
}

/*
 * Reads the line s[0..n-1] (no newline) into r, with the state of its
 * stream.
 */
void
logfmt_parse(struct logstate *ls, const char *s, size_t n,
    struct logrec *r)
{
	const struct logopts *o = ls->opt;
	int ok = -1;

	r->status = -1;
	r->backend = -1;
	r->sub = -1;
	r->format = LF_AUTO;
	r->skip = SK_NONE;
	r->hint = 0;
	r->dim = NULL;
	r->dimlen = 0;
	r->has_time = 0;
	while (n > 0 && is_blank(s[n - 1]))
		n--;
	while (n > 0 && is_blank(*s))
		s++, n--;
	if (n == 0) {
		r->skip = SK_BLANK;
		return;
	}
	if (*s == '#') {
		if (n > 8 && memcmp(s, "#Fields:", 8) == 0)
			read_fields_line(ls, s + 8, n - 8);
		r->skip = SK_DIRECTIVE;
		return;
	}
	if (o->field > 0) {
		ok = parse_fields(ls, s, n, r);
		goto done;
	}
	switch (o->format) {
	case LF_BARE:
		ok = parse_bare(ls, s, n, r);
		break;
	case LF_COMBINED:
		ok = parse_combined(ls, s, n, r);
		break;
	case LF_JSON:
		ok = parse_json(ls, s, n, r);
		break;
	case LF_ALB:
	case LF_CLB:
		ok = parse_elb(ls, s, n, r, o->format == LF_ALB);
		break;
	case LF_CLOUDFRONT:
	case LF_IIS:
		ok = parse_w3c(ls, s, n, r);
		break;
	default:
		if (n <= 3)
			ok = parse_bare(ls, s, n, r);
		else if (*s == '{')
			ok = parse_json(ls, s, n, r);
		else if (ls->w3c && parse_w3c(ls, s, n, r) == 0)
			ok = 0;
		else if (is_alb(s, n) && parse_elb(ls, s, n, r, 1) == 0)
			ok = 0;
		else if (is_clb(s, n) && parse_elb(ls, s, n, r, 0) == 0)
			ok = 0;
		else if (parse_combined(ls, s, n, r) == 0)
			ok = 0;
		else if (is_cloudfront(s, n)) {
			read_fields_line(ls, cloudfront_fields,
			    sizeof(cloudfront_fields) - 1);
			ok = parse_w3c(ls, s, n, r);
		}
		break;
	}
done:
	if (ok != 0) {
		r->status = -1;
		r->backend = -1;
		r->sub = -1;
		r->dim = NULL;
		why_skipped(s, n, r);
		return;
	}
	if ((o->dim != DIM_NONE) && r->dim == NULL)
		set_dim(ls, r, "-", 1);
}

/* Days from 1970-01-01 to y-m-d (proleptic Gregorian; H. Hinnant). */
static long long
days_from_civil(long long y, int m, int d)
{
	long long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* y-m-d of the day days after 1970-01-01. */
static void
civil_from_days(long long z, int *y, int *m, int *d)
{
	long long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* The n digits at s as a number, or -1. */
static int
digits(const char *s, int n)
{
	int v = 0, i;

	for (i = 0; i < n; i++) {
		if (!is_digit(s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/*
 * An offset "Z", "+09:00", "+0900", "-07", or nothing (UTC); in
 * minutes east.  Returns 0, or -1.
 */
static int
offset(const char *s, const char *e, int *tz)
{
	int h, m = 0, sign;

	if (s == e || (*s == 'Z' && s + 1 == e)) {
		*tz = 0;
		return 0;
	}
	if ((*s != '+' && *s != '-') || e - s < 3 || (h = digits(s + 1, 2)) <
	    0)
		return -1;
	sign = *s == '-' ? -1 : 1;
	s += 3;
	if (s < e && *s == ':')
		s++;
	if (s < e) {
		if (e - s != 2 || (m = digits(s, 2)) < 0)
			return -1;
	}
	*tz = sign * (h * 60 + m);
	return 0;
}

/*
 * Reads a time: ISO 8601 ("2018-07-02T22:23:00.186641Z", with a space
 * for the T, and any offset), the common log format's
 * "10/Oct/2000:13:55:36 -0700", or seconds since the epoch (also in
 * milli-, micro- or nanoseconds, told apart by size).  Returns 0 with
 * the time in *t (UTC seconds) and its offset in *tz, or -1.
 */
int
logfmt_time(const char *s, size_t n, long long *t, int *tz)
{
	static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	const char *e = s + n, *p;
	unsigned long long u;
	long long v;
	int y, mo, d, h, mi, sec, i;

	if (n >= 19 && s[4] == '-' && s[7] == '-' && (s[10] == 'T' ||
	    s[10] == ' ') && s[13] == ':' && s[16] == ':') {
		y = digits(s, 4);
		mo = digits(s + 5, 2);
		d = digits(s + 8, 2);
		h = digits(s + 11, 2);
		mi = digits(s + 14, 2);
		sec = digits(s + 17, 2);
		p = s + 19;
		if (p < e && (*p == '.' || *p == ','))
			for (p++; p < e && is_digit(*p); p++)
				continue;
		if (p < e && *p == ' ')
			p++;
		if (offset(p, e, tz) != 0)
			return -1;
	} else if (n >= 20 && s[2] == '/' && s[6] == '/' && s[11] == ':' &&
	    s[14] == ':' && s[17] == ':') {
		d = digits(s, 2);
		for (mo = -1, i = 0; i < 12; i++)
			if (memcmp(s + 3, months + 3 * i, 3) == 0)
				mo = i + 1;
		y = digits(s + 7, 4);
		h = digits(s + 12, 2);
		mi = digits(s + 15, 2);
		sec = digits(s + 18, 2);
		for (p = s + 20; p < e && *p == ' '; p++)
			continue;
		if (offset(p, e, tz) != 0)
			return -1;
	} else {
		/* Seconds since the epoch, perhaps with a fraction. */
		for (u = 0, p = s; p < e && is_digit(*p) && p - s < 19; p++)
			u = u * 10 + (unsigned)(*p - '0');
		if (p == s || (p < e && *p != '.'))
			return -1;
		if (p < e)
			for (p++; p < e && is_digit(*p); p++)
				continue;
		if (p != e)
			return -1;
		while (u >= 100000000000ULL)	/* after the year 5138 */
			u /= 1000;
		v = (long long)u;
		if (v < 100000000)	/* before 1973: a duration, not a time */
			return -1;
		*t = v;
		*tz = 0;
		return 0;
	}
	if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 ||
	    h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 60)
		return -1;
	*t = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec -
	    *tz * 60LL;
	return 0;
}

/*
 * Writes the time t in the offset tz, to the unit (in seconds):
 * "2026-11-21" for days, "2026-11-21 03:10" for hours and minutes,
 * with ":05" for seconds.  Returns the length.
 */
size_t
logfmt_when(long long t, int tz, int unit, char *buf, size_t size)
{
	long long lt = t + tz * 60LL, days;
	int y, m, d, sec;
	char tmp[40];
	size_t n;

	days = tl_floordiv(lt, 86400);
	sec = (int)(lt - days * 86400);
	civil_from_days(days, &y, &m, &d);
	if (unit >= 86400)
		n = (size_t)snprintf(tmp, sizeof(tmp), "%04d-%02d-%02d", y, m,
		    d);
	else if (unit >= 60)
		n = (size_t)snprintf(tmp, sizeof(tmp), "%04d-%02d-%02d "
		    "%02d:%02d", y, m, d, sec / 3600, sec / 60 % 60);
	else
		n = (size_t)snprintf(tmp, sizeof(tmp), "%04d-%02d-%02d "
		    "%02d:%02d:%02d", y, m, d, sec / 3600, sec / 60 % 60,
		    sec % 60);
	if (n >= size)
		n = size - 1;
	memcpy(buf, tmp, n);
	buf[n] = '\0';
	return n;
}

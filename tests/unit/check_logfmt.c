/*
 * The line parsers of --count (logfmt.c) and the JSON tokenizer under
 * them (jscan.c).  Lines come from the vendors' documented examples
 * (see tests/logs/SOURCES.md) and from the cases they leave open.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_hsc.h"
#include "jscan.h"
#include "logfmt.h"

static struct logopts opt;
static struct logstate ls;
static struct logrec r;

static void
setup(void)
{
	memset(&opt, 0, sizeof(opt));
	logstate_init(&ls, &opt);
}

/* Reads s with the current options; returns its status. */
static int
st(const char *s)
{
	logfmt_parse(&ls, s, strlen(s), &r);
	return r.status;
}

/* The dimension d of s, as a string (a static buffer). */
static const char *
dim(int d, const char *s)
{
	static char buf[LOG_VALUE_MAX + 1];

	opt.dim = d;
	logstate_init(&ls, &opt);
	logfmt_parse(&ls, s, strlen(s), &r);
	opt.dim = DIM_NONE;
	if (r.dim == NULL)
		return "(null)";
	memcpy(buf, r.dim, r.dimlen);
	buf[r.dimlen] = '\0';
	return buf;
}

START_TEST(test_bare)
{
	ck_assert_int_eq(st("404"), 404);
	ck_assert_int_eq(st("  200 \r"), 200);
	ck_assert_int_eq(st("\t599\t"), 599);
	ck_assert_int_eq(st("600"), -1);
	ck_assert_int_eq(st("099"), -1);
	ck_assert_int_eq(st("4040"), -1);
	ck_assert_int_eq(st("40"), -1);
	ck_assert_int_eq(st("abc"), -1);
	/* No response. */
	ck_assert_int_eq(st("000"), 0);
	ck_assert_int_eq(st("0"), 0);
	ck_assert_int_eq(st("-"), 0);
	ck_assert_int_eq(r.format, LF_BARE);
	ck_assert_int_eq(st(""), -1);
	ck_assert_int_eq(r.skip, SK_BLANK);
	ck_assert_int_eq(st(" \t\r"), -1);
	ck_assert_int_eq(r.skip, SK_BLANK);
}
END_TEST

START_TEST(test_combined)
{
	/* Apache's example, common and combined. */
	ck_assert_int_eq(st("127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "
	    "\"GET /apache_pb.gif HTTP/1.0\" 200 2326"), 200);
	ck_assert_int_eq(r.format, LF_COMBINED);
	ck_assert_int_eq(st("127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "
	    "\"GET /apache_pb.gif HTTP/1.0\" 200 2326 "
	    "\"http://www.example.com/start.html\" "
	    "\"Mozilla/4.08 [en] (Win98; I ;Nav)\""), 200);
	ck_assert_int_eq(st("2001:db8::1 - - [21/Nov/2026:00:00:00 +0000] "
	    "\"POST /api HTTP/2.0\" 499 0 \"-\" \"curl/8\""), 499);
	ck_assert_int_eq(st("h - - [d] \"GET / HTTP/1.1\" 204"), 204);
	ck_assert_int_eq(st("h - - [d] \"GET / HTTP/1.1\" 000 0"), 0);
	/* vhost_combined. */
	ck_assert_int_eq(st("www.example.com:443 203.0.113.9 - - "
	    "[21/Nov/2026:10:01:00 +0000] \"GET / HTTP/1.1\" 200 3456 \"-\" "
	    "\"Mozilla/5.0\""), 200);
	/* nginx's "-" and the bytes of a TLS handshake. */
	ck_assert_int_eq(st("h - - [d] \"-\" 400 0 \"-\" \"-\""), 400);
	ck_assert_int_eq(st("h - - [d] \"\\x16\\x03\\x01\" 400 157"), 400);
	/* Envoy's default: time first, "0" for no response. */
	ck_assert_int_eq(st("[2016-04-15T20:17:00.310Z] \"POST /api/v1/"
	    "locations HTTP/2\" 204 - 154 0 226 100 \"10.0.35.28\" "
	    "\"nsq2http\" \"cc21d9b0\" \"locations\" \"tcp://10.0.2.1:80\""),
	    204);
	ck_assert_int_eq(st("[2016-04-15T20:17:05.030Z] \"POST /x HTTP/1.1\" "
	    "0 DC 311 0 5012 - \"203.0.113.41\" \"okhttp/4.12.0\" \"2d8f\" "
	    "\"orders\" \"10.0.3.8:8080\""), 0);
}
END_TEST

/* A client may put quotes and digits in its request: it cannot choose. */
START_TEST(test_escaped_quotes)
{
	/* Apache escapes a quote as \" (and a backslash as \\). */
	ck_assert_int_eq(st("198.51.100.2 - - [21/Nov/2026:10:00:01 +0000] "
	    "\"GET /a\\\" 503 x HTTP/1.1\" 200 5 \"-\" \"curl/8.5.0\""), 200);
	ck_assert_int_eq(st("h - - [d] \"GET /a\\\" 404 \\\"b HTTP/1.1\" 302 "
	    "612 \"-\" \"curl\""), 302);
	ck_assert_int_eq(st("h - - [d] \"GET /dir\\\\\" 404 196 \"-\" \"x\""),
	    404);
	ck_assert_int_eq(st("h - - [d] \"GET /search?q=\\\"404\\\" HTTP/1.1\" "
	    "200 1187 \"-\" \"Mozilla/5.0 \\\"quoted\\\" 500 agent\""), 200);
	/* nginx writes \x22. */
	ck_assert_int_eq(st("h - - [d] \"GET /a\\x22 503 b HTTP/1.1\" 404 153 "
	    "\"-\" \"curl/8.5.0 \\x22x\\x22 200\""), 404);
	/* Envoy escapes nothing: the quote that ends a protocol wins. */
	ck_assert_int_eq(st("[2016-04-15T20:17:11.900Z] \"GET /l?near=\"53.4,"
	    "-2.2\" HTTP/1.1\" 400 DPE 0 11 0 - \"10.0.35.29\" \"nsq2http "
	    "\"v2\" 200\" \"c1\" \"locations\" \"-\""), 400);
	ck_assert_int_eq(st("h - - [d] \"GET /a \"quoted\" path HTTP/1.1\" 200 "
	    "99"), 200);
	ck_assert_int_eq(st("h - - [d] \"GET /x\" 1 \" HTTP/1.1\" 400 12"),
	    400);
}
END_TEST

START_TEST(test_truncated)
{
	ck_assert_int_eq(st("h - - [d] \"GET / HTTP/1.1\" 20"), -1);
	ck_assert_int_eq(st("h - - [d] \"GET / HTTP/1.1"), -1);
	ck_assert_int_eq(st("h - - [d] \"GET / HTTP/1.1\""), -1);
	ck_assert_int_eq(st("h - - [d] \"GET / HTTP/1.1\" 2000 1"), -1);
	ck_assert_int_eq(st("\""), -1);
	ck_assert_int_eq(st("\" 200"), -1);
	ck_assert_int_eq(st("\"\\"), -1);
}
END_TEST

START_TEST(test_alb)
{
	/* AWS's examples: HTTP, and a Lambda that failed. */
	ck_assert_int_eq(st("http 2018-07-02T22:23:00.186641Z app/my-loadbalancer"
	    "/50dc6c495c0c9188 192.168.131.39:2817 10.0.0.1:80 0.000 0.001 "
	    "0.000 200 200 34 366 \"GET http://www.example.com:80/ HTTP/1.1\" "
	    "\"curl/7.46.0\" - - arn:aws:elasticloadbalancing:us-east-2:"
	    "123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "
	    "\"Root=1-58337262-36d228ad5d99923122bbe354\" \"-\" \"-\" 0 "
	    "2018-07-02T22:22:48.364000Z \"forward\" \"-\" \"-\" "
	    "\"10.0.0.1:80\" \"200\" \"-\" \"-\""), 200);
	ck_assert_int_eq(r.format, LF_ALB);
	ck_assert_int_eq(r.backend, 200);
	ck_assert_int_eq(st("http 2018-11-30T22:23:00.186641Z app/my-lb/50dc "
	    "192.168.131.39:2817 - 0.000 0.001 0.000 502 - 34 366 \"GET "
	    "http://www.example.com:80/ HTTP/1.1\" \"curl/7.46.0\" - -"), 502);
	ck_assert_int_eq(r.backend, 0);
	ck_assert_int_eq(st("h2 2018-07-02T22:24:29.774412Z app/lb/50dc "
	    "10.0.1.252:48192 - -1 -1 -1 000 - 9216 0 \"GET https://10.0.2.105:"
	    "773/ HTTP/2.0\" \"curl/8.5.0\""), 0);
	ck_assert_str_eq(dim(DIM_PATH, "https 2018-07-02T22:24:26.301557Z app/"
	    "lb/x 203.0.113.77:41500 - -1 -1 -1 561 - 905 410 \"GET https://"
	    "www.example.com:443/oauth2/idpresponse?code=abc HTTP/1.1\" "
	    "\"Mozilla/5.0\""), "/oauth2/idpresponse");
	ck_assert_str_eq(dim(DIM_HOST, "https 2018-07-02T22:24:26.301557Z app/"
	    "lb/x 203.0.113.77:41500 - -1 -1 -1 561 - 905 410 \"GET https://"
	    "www.example.com:443/x HTTP/1.1\" \"Mozilla/5.0\""),
	    "www.example.com");
	ck_assert_str_eq(dim(DIM_CLIENT, "https 2018-07-02T22:24:26.301557Z "
	    "app/lb/x 203.0.113.77:41500 - -1 -1 -1 561 - 905 410 \"GET "
	    "https://www.example.com:443/x HTTP/1.1\" \"Mozilla/5.0\""),
	    "203.0.113.77");
	ck_assert_str_eq(dim(DIM_AGENT, "https 2018-07-02T22:24:26.301557Z "
	    "app/lb/x 203.0.113.77:41500 - -1 -1 -1 561 - 905 410 \"GET "
	    "https://www.example.com:443/x HTTP/1.1\" \"Mozilla/5.0 (X)\""),
	    "Mozilla/5.0 (X)");
	/* Not an ALB line (the statuses are not codes), but combined. */
	ck_assert_int_eq(st("http 2018-07-02T22:23:00.186641Z a b:1 - 0 0 0 "
	    "abc def 1 2 \"GET / HTTP/1.1\" 200 1"), 200);
	ck_assert_int_eq(r.format, LF_COMBINED);
}
END_TEST

START_TEST(test_clb)
{
	ck_assert_int_eq(st("2015-05-13T23:39:43.945958Z my-loadbalancer "
	    "192.168.131.39:2817 10.0.0.1:80 0.000073 0.001048 0.000057 200 "
	    "200 0 29 \"GET http://www.example.com:80/ HTTP/1.1\" "
	    "\"curl/7.38.0\" - -"), 200);
	ck_assert_int_eq(r.format, LF_CLB);
	ck_assert_int_eq(r.backend, 200);
	/* TCP and SSL listeners log no status at all. */
	ck_assert_int_eq(st("2015-05-13T23:39:43.945958Z my-loadbalancer "
	    "192.168.131.39:2817 10.0.0.1:80 0.001069 0.000028 0.000041 - - "
	    "82 305 \"- - - \" \"-\" - -"), 0);
	/* ELB's own 504, backend 0. */
	ck_assert_int_eq(st("2015-05-13T23:41:07.990104Z my-loadbalancer "
	    "198.51.100.9:33002 - -1 -1 -1 504 0 0 0 \"GET https://www."
	    "example.com:443/reports/annual HTTP/1.1\" \"curl/7.38.0\" "
	    "ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2"), 504);
	ck_assert_int_eq(r.backend, 0);
	/* A log line that starts with a time is not a CLB line. */
	ck_assert_int_eq(st("2026-11-21T10:00:00Z GET /a 200 0.012"), -1);
	ck_assert_int_eq(r.skip, SK_FIELD);
	ck_assert_int_eq(r.hint, 4);
}
END_TEST

START_TEST(test_w3c)
{
	/* IIS: directives, then lines in their columns. */
	ck_assert_int_eq(st("#Software: Microsoft Internet Information "
	    "Services 10.0"), -1);
	ck_assert_int_eq(r.skip, SK_DIRECTIVE);
	ck_assert_int_eq(st("#Fields: date time s-ip cs-method cs-uri-stem "
	    "cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) "
	    "sc-status sc-substatus sc-win32-status time-taken\r"), -1);
	ck_assert_int_eq(r.skip, SK_DIRECTIVE);
	ck_assert_int_eq(st("2024-07-22 14:20:04 192.168.0.211 GET /app/ - 80 "
	    "- 192.168.0.203 Mozilla/5.0+(Windows) - 500 19 13 1\r"), 500);
	ck_assert_int_eq(r.format, LF_IIS);
	ck_assert_int_eq(r.sub, 19);
	ck_assert_int_eq(st("2024-07-22 14:17:48 ::1 GET /b v=1 8090 - ::1 "
	    "Mozilla/5.0 http://localhost:8090/ 403 502 0 7"), 403);
	ck_assert_int_eq(r.sub, 502);
	/* The columns follow the last #Fields: line. */
	ck_assert_int_eq(st("#Fields: date time sc-status c-ip"), -1);
	ck_assert_int_eq(st("2024-07-22 14:20:04 404 192.0.2.1"), 404);
	ck_assert_int_eq(r.sub, -1);
	/* A new stream forgets them. */
	logstate_reset(&ls);
	ck_assert_int_eq(st("2024-07-22 14:20:04 404 192.0.2.1"), -1);

	/* CloudFront: tabs, sc-status ninth, 000 for no response. */
	ck_assert_int_eq(st("#Version: 1.0"), -1);
	ck_assert_int_eq(st("#Fields: date time x-edge-location sc-bytes c-ip "
	    "cs-method cs(Host) cs-uri-stem sc-status cs(Referer)"), -1);
	ck_assert_int_eq(st("2019-12-04\t21:02:31\tLAX1\t392\t192.0.2.100\tGET"
	    "\td111111abcdef8.cloudfront.net\t/index.html\t200\t-"), 200);
	ck_assert_int_eq(r.format, LF_CLOUDFRONT);
	ck_assert_int_eq(st("2019-12-04\t21:03:11\tSFO5-C1\t512\t203.0.113.45"
	    "\tGET\td1.cloudfront.net\t/video/intro.mp4\t000\t-"), 0);
	/* Without a header, CloudFront's own columns. */
	logstate_reset(&ls);
	ck_assert_int_eq(st("2019-12-04\t21:02:31\tLAX1\t392\t192.0.2.100\tGET"
	    "\td111111abcdef8.cloudfront.net\t/index.html\t304\t-\tcurl"), 304);
}
END_TEST

START_TEST(test_w3c_forced)
{
	/* --format=iis reads a line without a header in IIS's default. */
	opt.format = LF_IIS;
	logstate_init(&ls, &opt);
	ck_assert_int_eq(st("2024-07-22 14:20:08 192.168.0.211 GET "
	    "/old/default.htm - 80 - 192.168.0.203 Mozilla/5.0 - 301 0 0 1"),
	    301);
	ck_assert_int_eq(r.sub, 0);
	ck_assert_str_eq(dim(DIM_PATH, "2024-07-22 14:20:08 192.168.0.211 GET "
	    "/old/default.htm - 80 - 192.168.0.203 Mozilla/5.0 - 301 0 0 1"),
	    "/old/default.htm");
	/* A forced format reads nothing else. */
	ck_assert_int_eq(st("404"), -1);
	opt.format = LF_COMBINED;
	logstate_init(&ls, &opt);
	ck_assert_int_eq(st("404"), -1);
	ck_assert_int_eq(st("h - - [d] \"GET / HTTP/1.1\" 404 1"), 404);
}
END_TEST

START_TEST(test_json)
{
	/* nginx escape=json: a string status; escapes that hide others. */
	ck_assert_int_eq(st("{\"remote_addr\":\"192.0.2.1\",\"request\":\"GET "
	    "/search?q=\\\"status\\\":\\\"500\\\" HTTP/1.1\",\"status\":\"200\","
	    "\"http_user_agent\":\"sqlmap \\\"probe\\\" 503 x\"}"), 200);
	ck_assert_int_eq(r.format, LF_JSON);
	ck_assert_int_eq(st("{\"request\":\"GET /a\\\"b\\\\c HTTP/1.1\","
	    "\"status\":\"400\",\"upstream_status\":\"\"}"), 400);
	ck_assert_int_eq(r.backend, 0);
	ck_assert_int_eq(st("{\"status\":\"200\",\"upstream_status\":\"502, "
	    "200\"}"), 200);
	ck_assert_int_eq(r.backend, 200);
	ck_assert_int_eq(st("{\"status\":\"000\"}"), 0);
	/* Caddy: a number, after nested objects holding other keys. */
	ck_assert_int_eq(st("{\"level\":\"info\",\"ts\":1646861401.52,"
	    "\"request\":{\"method\":\"GET\",\"headers\":{\"User-Agent\":["
	    "\"curl/7.82.0\"]},\"tls\":{\"proto\":\"h2\"}},\"duration\":0.0009,"
	    "\"status\":200}"), 200);
	ck_assert_int_eq(r.backend, -1);
	/* Traefik: absent or 0 OriginStatus is the proxy's own answer. */
	ck_assert_int_eq(st("{\"DownstreamStatus\":308,\"OriginStatus\":0}"),
	    308);
	ck_assert_int_eq(r.backend, 0);
	ck_assert_int_eq(st("{\"DownstreamStatus\":404,\"RequestPath\":\"/\"}"),
	    404);
	ck_assert_int_eq(r.backend, 0);
	ck_assert_int_eq(st("{\"DownstreamStatus\":500,\"OriginStatus\":503}"),
	    500);
	ck_assert_int_eq(r.backend, 503);
	/* Cloudflare. */
	ck_assert_int_eq(st("{\"ClientIP\":\"89.163.242.206\","
	    "\"EdgeResponseStatus\":200,\"OriginResponseStatus\":200}"), 200);
	ck_assert_int_eq(r.backend, 200);
	/* GCP: nested, and absent when the client went away. */
	ck_assert_int_eq(st("{\"httpRequest\":{\"requestMethod\":\"GET\","
	    "\"status\":503},\"jsonPayload\":{\"statusDetails\":\"x\"}}"), 503);
	ck_assert_int_eq(st("{\"httpRequest\":{\"requestMethod\":\"GET\"},"
	    "\"severity\":\"INFO\"}"), 0);
	/* Other common keys, nested or not. */
	ck_assert_int_eq(st("{\"res\":{\"statusCode\":201}}"), 201);
	ck_assert_int_eq(st("{\"http\":{\"response\":{\"status_code\":\"429\"}}}"),
	    429);
	ck_assert_int_eq(st("{\"elb_status_code\":\"502\","
	    "\"target_status_code\":\"-\"}"), 502);
	ck_assert_int_eq(r.backend, 0);
	/* A nested "status" that is no code is not one. */
	ck_assert_int_eq(st("{\"job\":{\"status\":\"done\"},\"msg\":\"x\"}"), -1);
	ck_assert_int_eq(r.skip, SK_JSON_KEY);
	ck_assert_int_eq(st("{\"job\":{\"status\":0}}"), -1);
	/* A top-level status beats a nested one. */
	ck_assert_int_eq(st("{\"a\":{\"status\":500},\"status\":200}"), 200);
}
END_TEST

START_TEST(test_json_invalid)
{
	ck_assert_int_eq(st("{\"status\":200"), -1);
	ck_assert_int_eq(r.skip, SK_JSON);
	ck_assert_int_eq(st("{\"status\":200}}"), -1);
	ck_assert_int_eq(st("{\"status\":200,}"), -1);
	ck_assert_int_eq(st("{\"status\":\"20\\q0\"}"), -1);
	ck_assert_int_eq(st("{\"a\":\"\\u12\"}"), -1);
	ck_assert_int_eq(st("{status:200}"), -1);
	ck_assert_int_eq(st("{\"status\":02}"), -1);
	ck_assert_int_eq(st("{\"status\":tru}"), -1);
	ck_assert_int_eq(st("{\"a\":[1,2,]}"), -1);
	ck_assert_int_eq(st("{\"status\":200} x"), -1);
	/* Blanks around are fine; so are raw control bytes in strings. */
	ck_assert_int_eq(st("{ \"status\" : 200 , \"a\" : [ ] , \"b\" : { } }"),
	    200);
	ck_assert_int_eq(st("{\"a\":\"\x01\x7f\xff\",\"status\":204}"), 204);
}
END_TEST

/* A line of k nested arrays under "x", and a status. */
static size_t
nested(char *buf, int k)
{
	size_t n = (size_t)sprintf(buf, "{\"status\":200,\"x\":");
	int i;

	for (i = 0; i < k; i++)
		buf[n++] = '[';
	buf[n++] = '1';
	for (i = 0; i < k; i++)
		buf[n++] = ']';
	buf[n++] = '}';
	return n;
}

START_TEST(test_json_deep)
{
	char deep[2 * JSCAN_DEPTH + 64];
	size_t n;

	/* As deep as allowed: read; one more: refused. */
	n = nested(deep, JSCAN_DEPTH - 1);
	logfmt_parse(&ls, deep, n, &r);
	ck_assert_int_eq(r.status, 200);
	n = nested(deep, JSCAN_DEPTH);
	logfmt_parse(&ls, deep, n, &r);
	ck_assert_int_eq(r.status, -1);
	ck_assert_int_eq(r.skip, SK_JSON);
}
END_TEST

START_TEST(test_json_field)
{
	opt.json_field = "resp.code";
	opt.json_backend = "up.code";
	logstate_init(&ls, &opt);
	ck_assert_int_eq(st("{\"status\":200,\"resp\":{\"code\":503},\"up\":{"
	    "\"code\":\"503\"}}"), 503);
	ck_assert_int_eq(r.backend, 503);
	ck_assert_int_eq(st("{\"status\":200}"), -1);
	ck_assert_int_eq(r.skip, SK_JSON_KEY);
	/* A key with an escape still matches. */
	ck_assert_int_eq(st("{\"resp\":{\"c\\u006fde\":404}}"), 404);
	ck_assert_int_eq(r.backend, 0);
}
END_TEST

START_TEST(test_json_dims)
{
	ck_assert_str_eq(dim(DIM_PATH, "{\"request\":\"GET /api/v1?x=1 "
	    "HTTP/1.1\",\"status\":\"200\"}"), "/api/v1");
	ck_assert_str_eq(dim(DIM_METHOD, "{\"request\":\"POST /a HTTP/1.1\","
	    "\"status\":\"201\"}"), "POST");
	ck_assert_str_eq(dim(DIM_PATH, "{\"request\":{\"uri\":\"/caf\\u00e9?a"
	    "\"},\"status\":200}"), "/caf\xc3\xa9");
	ck_assert_str_eq(dim(DIM_AGENT, "{\"request\":{\"headers\":{"
	    "\"User-Agent\":[\"curl/7.82.0\",\"x\"]}},\"status\":200}"),
	    "curl/7.82.0");
	ck_assert_str_eq(dim(DIM_PATH, "{\"httpRequest\":{\"requestUrl\":"
	    "\"https://sn.example.com/graphql?q=1\",\"status\":200}}"),
	    "/graphql");
	ck_assert_str_eq(dim(DIM_HOST, "{\"httpRequest\":{\"requestUrl\":"
	    "\"https://sn.example.com:8443/graphql\",\"status\":200}}"),
	    "sn.example.com");
	ck_assert_str_eq(dim(DIM_CLIENT, "{\"ClientHost\":\"2001:db8::20\","
	    "\"DownstreamStatus\":101}"), "2001:db8::20");
	ck_assert_str_eq(dim(DIM_PATH, "{\"RequestPath\":\"/search?q=\\u003c"
	    "\",\"DownstreamStatus\":200}"), "/search");
	ck_assert_str_eq(dim(DIM_HOST, "{\"status\":200}"), "-");
	ck_assert_str_eq(dim(DIM_MINUTE, "{\"ts\":1646861401.5,\"status\":200}"),
	    "2022-03-09 21:30");
	ck_assert_str_eq(dim(DIM_HOUR, "{\"EdgeStartTimestamp\":"
	    "1506702504433000200,\"EdgeResponseStatus\":200}"),
	    "2017-09-29 16:00");
}
END_TEST

START_TEST(test_dims)
{
	const char *c = "203.0.113.7 - - [21/Nov/2026:10:00:12 +0900] \"GET "
	    "/images/logo.png?v=2 HTTP/1.1\" 206 4096 \"https://example.com/\" "
	    "\"Mozilla/5.0 (X11)\"";
	const char *v = "www.example.com:443 203.0.113.9 - - [21/Nov/2026:"
	    "10:01:00 +0000] \"GET http://x.example/a/b HTTP/1.1\" 200 3456 "
	    "\"-\" \"curl\"";

	ck_assert_str_eq(dim(DIM_PATH, c), "/images/logo.png");
	ck_assert_str_eq(dim(DIM_METHOD, c), "GET");
	ck_assert_str_eq(dim(DIM_CLIENT, c), "203.0.113.7");
	ck_assert_str_eq(dim(DIM_AGENT, c), "Mozilla/5.0 (X11)");
	ck_assert_str_eq(dim(DIM_HOST, c), "-");
	ck_assert_str_eq(dim(DIM_MINUTE, c), "2026-11-21 10:00");
	ck_assert_int_eq(r.tz, 540);
	ck_assert_str_eq(dim(DIM_HOUR, c), "2026-11-21 10:00");
	ck_assert_str_eq(dim(DIM_PATH, v), "/a/b");
	ck_assert_str_eq(dim(DIM_HOST, v), "www.example.com");
	ck_assert_str_eq(dim(DIM_CLIENT, v), "203.0.113.9");
	ck_assert_str_eq(dim(DIM_PATH, "h - - [d] \"-\" 408 -"), "-");
	ck_assert_str_eq(dim(DIM_METHOD, "h - - [d] \"-\" 408 -"), "-");
	/* Envoy: X-Forwarded-For, agent, authority. */
	ck_assert_str_eq(dim(DIM_CLIENT, "[2016-04-15T20:17:00.310Z] \"POST "
	    "/l HTTP/2\" 204 - 154 0 226 100 \"10.0.35.28\" \"nsq2http\" "
	    "\"cc21\" \"locations\" \"tcp://10.0.2.1:80\""), "10.0.35.28");
	ck_assert_str_eq(dim(DIM_HOST, "[2016-04-15T20:17:00.310Z] \"POST "
	    "/l HTTP/2\" 204 - 154 0 226 100 \"10.0.35.28\" \"nsq2http\" "
	    "\"cc21\" \"locations\" \"tcp://10.0.2.1:80\""), "locations");
	ck_assert_str_eq(dim(DIM_AGENT, "[2016-04-15T20:17:00.310Z] \"POST "
	    "/l HTTP/2\" 204 - 154 0 226 100 \"10.0.35.28\" \"nsq2http\" "
	    "\"cc21\" \"locations\" \"tcp://10.0.2.1:80\""), "nsq2http");
}
END_TEST

START_TEST(test_long_value)
{
	char line[1200];
	int n;

	n = snprintf(line, sizeof(line), "h - - [d] \"GET /");
	memset(line + n, 'a', 600);
	n += 600;
	snprintf(line + n, sizeof(line) - (size_t)n, " HTTP/1.1\" 200 1");
	ck_assert_uint_eq(strlen(dim(DIM_PATH, line)), LOG_VALUE_MAX);
	ck_assert_int_eq(r.status, 200);
}
END_TEST

START_TEST(test_fields)
{
	const char *l = "2026-11-21T00:00:00Z GET /x 503 0.120 502, 503";

	opt.field = 4;
	logstate_init(&ls, &opt);
	ck_assert_int_eq(st(l), 503);
	ck_assert_int_eq(r.backend, -1);
	opt.backend_field = 6;
	logstate_init(&ls, &opt);
	ck_assert_int_eq(st(l), 503);
	ck_assert_int_eq(r.backend, 503);
	opt.backend_field = 9;
	logstate_init(&ls, &opt);
	ck_assert_int_eq(st(l), 503);
	ck_assert_int_eq(r.backend, 0);
	opt.field = 3;
	logstate_init(&ls, &opt);
	ck_assert_int_eq(st(l), -1);
	opt.field = 2;
	logstate_init(&ls, &opt);
	ck_assert_int_eq(st("  a\t\t404  "), 404);
	ck_assert_int_eq(st("a -"), 0);
}
END_TEST

START_TEST(test_skip_reasons)
{
	ck_assert_int_eq(st("not a code"), -1);
	ck_assert_int_eq(r.skip, SK_OTHER);
	logfmt_parse(&ls, "ab\0cd 404", 9, &r);
	ck_assert_int_eq(r.skip, SK_BINARY);
	ck_assert_int_eq(st("# a comment"), -1);
	ck_assert_int_eq(r.skip, SK_DIRECTIVE);
}
END_TEST

START_TEST(test_time)
{
	long long t;
	int tz;
	char buf[40];

	ck_assert_int_eq(logfmt_time("10/Oct/2000:13:55:36 -0700", 26, &t,
	    &tz), 0);
	ck_assert_int_eq(t, 971211336);
	ck_assert_int_eq(tz, -420);
	ck_assert_int_eq(logfmt_time("2018-07-02T22:23:00.186641Z", 27, &t,
	    &tz), 0);
	ck_assert_int_eq(t, 1530570180);
	ck_assert_int_eq(logfmt_time("2026-11-21 10:00:00+09:00", 25, &t,
	    &tz), 0);
	ck_assert_int_eq(tz, 540);
	ck_assert_int_eq(t, 1795222800);
	ck_assert_int_eq(logfmt_time("1646861401.5241024", 18, &t, &tz), 0);
	ck_assert_int_eq(t, 1646861401);
	ck_assert_int_eq(logfmt_time("1506702504433000200", 19, &t, &tz), 0);
	ck_assert_int_eq(t, 1506702504);
	ck_assert_int_eq(logfmt_time("12.5", 4, &t, &tz), -1);
	/* Nineteen digits past what a long long holds (a fuzzer's find). */
	ck_assert_int_eq(logfmt_time("9506702504433000200", 19, &t, &tz), 0);
	ck_assert_int_eq(t, 9506702504);
	ck_assert_int_eq(logfmt_time("2026-13-21T10:00:00Z", 20, &t, &tz), -1);
	ck_assert_int_eq(logfmt_time("10/Foo/2000:13:55:36 -0700", 26, &t,
	    &tz), -1);
	logfmt_when(971211336, -420, 60, buf, sizeof(buf));
	ck_assert_str_eq(buf, "2000-10-10 13:55");
	logfmt_when(-1, 0, 1, buf, sizeof(buf));
	ck_assert_str_eq(buf, "1969-12-31 23:59:59");
}
END_TEST

/* Collects the members jscan reports, as "path=value" lines. */
static void
collect(void *arg, const struct jitem *it)
{
	char *out = arg;
	size_t n = strlen(out);

	snprintf(out + n, 1024 - n, "%.*s[%d]=%.*s;", (int)it->pathlen,
	    it->path, it->index, (int)it->vlen, it->val);
	ck_assert_uint_eq(it->hash, jscan_hash(it->path, it->pathlen));
}

START_TEST(test_jscan)
{
	char out[1024] = "", buf[64];
	const char *s = "{\"a\":{\"b\":[1,{\"c\":\"x\\\"y\"}],\"d\":null},"
	    "\"e\\u0066\":true}", *u;
	int cut;

	ck_assert_int_eq(jscan_line(s, strlen(s), collect, out), 0);
	ck_assert_str_eq(out, "a[-1]=;a.b[-1]=;a.b[0]=1;a.b[1]=;"
	    "a.b.c[1]=x\\\"y;a.d[-1]=null;ef[-1]=true;");
	u = "a\\u00e9\\ud83d\\ude00\\n\\ud800x";
	ck_assert_uint_eq(jscan_unescape(u, strlen(u), buf, sizeof(buf), &cut),
	    12);
	ck_assert_int_eq(memcmp(buf, "a\xc3\xa9\xf0\x9f\x98\x80\n\xef\xbf\xbdx",
	    12), 0);
	ck_assert_int_eq(cut, 0);
	ck_assert_uint_eq(jscan_unescape("\\u00e9\\u00e9", 12, buf, 3, &cut),
	    2);
	ck_assert_int_eq(cut, 1);
}
END_TEST

Suite *
suite_logfmt(void)
{
	Suite *s = suite_create("logfmt");
	TCase *tc = tcase_create("Core");

	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, test_bare);
	tcase_add_test(tc, test_combined);
	tcase_add_test(tc, test_escaped_quotes);
	tcase_add_test(tc, test_truncated);
	tcase_add_test(tc, test_alb);
	tcase_add_test(tc, test_clb);
	tcase_add_test(tc, test_w3c);
	tcase_add_test(tc, test_w3c_forced);
	tcase_add_test(tc, test_json);
	tcase_add_test(tc, test_json_invalid);
	tcase_add_test(tc, test_json_deep);
	tcase_add_test(tc, test_json_field);
	tcase_add_test(tc, test_json_dims);
	tcase_add_test(tc, test_dims);
	tcase_add_test(tc, test_long_value);
	tcase_add_test(tc, test_fields);
	tcase_add_test(tc, test_skip_reasons);
	tcase_add_test(tc, test_time);
	tcase_add_test(tc, test_jscan);
	suite_add_tcase(s, tc);
	return s;
}

#!/bin/sh
# Writes a synthetic access log with a planted incident, the same for
# the same arguments: tests/gen-triage.sh FORMAT LINES [SEED] > log
#
# FORMAT is combined, json (nginx escape=json), alb (AWS ALB), iis (W3C,
# with its #Fields: header) or envoy.  The lines are spread evenly over
# the two hours from 2026-11-21 03:00:00 UTC (+0900 in combined, as a
# server in Seoul logs).  Most are 200s over a dozen paths from many
# clients, with some 404, 301 and 499; in the minute 03:10 every other
# line is a 502 on /api/orders (the query string varies) from one of
# three clients, made by the load balancer in the ALB format (no
# target status); the rest of the hour has a few 503s on /health.
# tests/run-checks.sh checks hsc's --by and --timeline against awk and
# jq run on what this writes.
set -eu
fmt=${1:?usage: gen-triage.sh FORMAT LINES [SEED]}
lines=${2:?usage: gen-triage.sh FORMAT LINES [SEED]}
seed=${3:-42}
case $fmt in
combined | json | alb | iis | envoy) ;;
*) echo "gen-triage.sh: unknown format '$fmt'" >&2; exit 2 ;;
esac
exec awk -v fmt="$fmt" -v n="$lines" -v seed="$seed" '
# Civil date of a day count since 1970-01-01 (H. Hinnant).
function civil(z,    era, doe, yoe, doy, mp) {
	z += 719468
	era = int((z >= 0 ? z : z - 146096) / 146097)
	doe = z - era * 146097
	yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
	doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100))
	mp = int((5 * doy + 2) / 153)
	D = doy - int((153 * mp + 2) / 5) + 1
	M = mp < 10 ? mp + 3 : mp - 9
	Y = yoe + era * 400 + (M <= 2)
}
function stamp(t, off,    s) {
	t += off
	civil(int(t / 86400))
	s = t % 86400
	h = int(s / 3600); mi = int(s % 3600 / 60); se = s % 60
}
BEGIN {
	srand(seed)
	split("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", mon, " ")
	split("/ /index.html /login /static/app.js /static/app.css " \
	    "/images/logo.png /api/v1/users /api/v1/items /search /about " \
	    "/contact /feed", paths, " ")
	split("Mozilla/5.0 curl/8.5.0 python-requests/2.31 okhttp/4.12.0",
	    agents, " ")
	start = 1795230000	# 2026-11-21 03:00:00 UTC
	if (fmt == "iis") {
		print "#Software: Microsoft Internet Information Services 10.0"
		print "#Version: 1.0"
		print "#Date: 2026-11-21 03:00:00"
		print "#Fields: date time s-ip cs-method cs-uri-stem " \
		    "cs-uri-query s-port cs-username c-ip cs(User-Agent) " \
		    "cs(Referer) sc-status sc-substatus sc-win32-status time-taken"
	}
	for (i = 0; i < n; i++) {
		t = start + int(i * 7200 / n)
		minute = int((t - start) / 60)
		m = "GET"; q = ""; be = ""
		if (minute == 10 && i % 2 == 0) {
			code = 502; path = "/api/orders"; q = "id=" i
			ip = "203.0.113." (i % 3 + 1); m = "POST"
		} else if (minute < 60 && i % 97 == 0) {
			code = 503; path = "/health"
			ip = "198.51.100." (i % 50 + 1)
		} else {
			r = rand()
			code = r < 0.04 ? 404 : r < 0.06 ? 301 : r < 0.07 ? 499 : 200
			path = code == 404 ? "/missing" : paths[int(rand() * 12) + 1]
			ip = "192.0.2." (int(rand() * 200) + 1)
		}
		be = code == 502 ? "-" : code
		ag = agents[int(rand() * 4) + 1]
		if (fmt == "combined") {
			stamp(t, 32400)
			printf "%s - - [%02d/%s/%04d:%02d:%02d:%02d +0900] " \
			    "\"%s %s%s HTTP/1.1\" %d %d \"-\" \"%s\"\n", ip, D,
			    mon[M], Y, h, mi, se, m, path, q == "" ? "" : "?" q,
			    code, int(rand() * 9000), ag
		} else if (fmt == "json") {
			stamp(t, 0)
			printf "{\"time_iso8601\":\"%04d-%02d-%02dT%02d:%02d:%02d" \
			    "+00:00\",\"remote_addr\":\"%s\",\"request\":\"%s " \
			    "%s%s HTTP/1.1\",\"status\":\"%d\",\"body_bytes_sent\":" \
			    "\"%d\",\"http_user_agent\":\"%s\",\"upstream_status\":" \
			    "\"%s\"}\n", Y, M, D, h, mi, se, ip, m, path,
			    q == "" ? "" : "?" q, code, int(rand() * 9000), ag,
			    code == 502 || code == 499 ? "" : code
		} else if (fmt == "alb") {
			stamp(t, 0)
			printf "https %04d-%02d-%02dT%02d:%02d:%02d.%06dZ " \
			    "app/my-lb/50dc6c495c0c9188 %s:%d %s 0.000 %s %s %d %s " \
			    "120 %d \"%s https://www.example.com:443%s%s HTTP/1.1\" " \
			    "\"%s\" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 " \
			    "arn:aws:elasticloadbalancing:us-east-2:123456789012:" \
			    "targetgroup/t/73e2d6bc24d8a067 \"Root=1-%x\" \"-\" " \
			    "\"-\" 0 %04d-%02d-%02dT%02d:%02d:%02d.000000Z " \
			    "\"forward\" \"-\" \"-\" \"10.0.0.1:80\" \"%s\" \"-\" " \
			    "\"-\"\n", Y, M, D, h, mi, se, i % 1000000, ip,
			    40000 + i % 20000, code == 502 ? "-" : "10.0.0.1:80",
			    code == 502 ? "-1" : "0.001", code == 502 ? "-1" : "0.000",
			    code, be, int(rand() * 9000), m, path, q == "" ? "" : "?" q,
			    ag, i, Y, M, D, h, mi, se, be
		} else if (fmt == "iis") {
			stamp(t, 0)
			printf "%04d-%02d-%02d %02d:%02d:%02d 10.0.0.1 %s %s %s 443 - " \
			    "%s %s - %d %d 0 %d\r\n", Y, M, D, h, mi, se, m, path,
			    q == "" ? "-" : q, ip, ag, code, code == 500 ? 19 : 0,
			    int(rand() * 500)
		} else {
			stamp(t, 0)
			printf "[%04d-%02d-%02dT%02d:%02d:%02d.000Z] \"%s %s%s " \
			    "HTTP/1.1\" %d - 0 %d 3 - \"%s\" \"%s\" \"r%d\" " \
			    "\"www.example.com\" \"10.0.0.1:80\"\n", Y, M, D, h, mi,
			    se, m, path, q == "" ? "" : "?" q, code,
			    int(rand() * 9000), ip, ag, i
		}
	}
}'

#!/bin/sh
# Independent oracles for the log fixtures in this directory: awk for the
# space- and tab-separated formats, jq for the JSON lines.  They share no
# code with hsc.
#
#   tests/logs/oracles.sh          print the tallies (the form of expected.tsv)
#   tests/logs/oracles.sh origin   print the origin table (expected-origin.tsv)
#   tests/logs/oracles.sh check    compare both with the committed files, and
#                                  combined.log.gz with combined.log
#
# A tally row is FILE<TAB>CODE<TAB>COUNT, CODE being the status sent to the
# client as three digits; 000 stands for "no response" (000, 0, -, or no
# status at all).  iis.log has a second row per entry, CODE.SUBSTATUS.  Each
# file has a FILE<TAB>skipped<TAB>N row: lines that are not entries (the
# #-directives of CloudFront and IIS), 0 elsewhere.
#
# An origin row is FILE<TAB>CODE<TAB>GENERATED<TAB>PASSED for the formats
# that log the backend's status too: PASSED counts entries whose backend
# status equals the client status, GENERATED the rest (backend -, 0, absent
# or different).
set -eu
LC_ALL=C
export LC_ALL
cd "$(dirname "$0")"

# --- one "CODE BACKEND" pair per entry, or "#" for a skipped line ---------

# elb_status_code is field 9 and target_status_code field 10: every field
# before the quoted request is free of spaces.
alb() { awk '{ print $9, $10 }' aws-alb.log; }

# timestamp elb client:port backend:port 3 times elb_status backend_status
clb() { awk '{ print $8, $9 }' aws-clb.log; }

# tab-separated W3C; sc-status is the 9th field of the #Fields list
cloudfront() { awk -F '\t' '/^#/ { print "#"; next } { print $9, "" }' cloudfront.log; }

# W3C, columns named by the #Fields directive (read again at every block);
# CRLF line ends
iis() {
	awk '{ sub(/\r$/, "") }
	/^#Fields:/ { for (i = 2; i <= NF; i++) col[$i] = i - 1 }
	/^#/ { print "#"; next }
	{ print $col["sc-status"], $col["sc-status"] "." $col["sc-substatus"] }' iis.log
}

# [START_TIME] "METHOD PATH PROTOCOL" RESPONSE_CODE ...: none of the three
# request parts holds a space, so the code is field 5
envoy() {
	awk '$4 !~ /"$/ { print "oracle: envoy.log: unexpected request at line " NR > "/dev/stderr"; exit 1 }
	{ print $5, "" }' envoy.log
}

# Apache escapes " and \ in %r with a backslash, nginx writes \x22; drop the
# escapes, then the status is the first word after the request's closing
# quote (the request is the first quoted field, vhost_combined or not)
combined() {
	awk '{ s = $0; gsub(/\\\\/, "", s); gsub(/\\"/, "", s)
	n = split(s, q, "\""); split(q[3], w, " "); print w[1], "" }' combined.log
}

nginx_json() { jq -r '"\(.status) -"' nginx-json.log; }
caddy() { jq -r '"\(.status) -"' caddy.log; }
traefik() { jq -r '"\(.DownstreamStatus) \(.OriginStatus // "absent")"' traefik.log; }
cloudflare() { jq -r '"\(.EdgeResponseStatus) \(.OriginResponseStatus // "absent")"' cloudflare.log; }
gcp() { jq -r '"\(.httpRequest.status // "absent") -"' gcp.log; }

# --- turn the pairs into rows --------------------------------------------

norm='function norm(c) {
	if (c == "" || c == "-" || c == "absent" || c == "null" || c + 0 == 0) return "000"
	return sprintf("%03d", c + 0)
}'

tally() { # FILE, pairs on stdin
	awk -v f="$1" "$norm"'
	$1 == "#" { skipped++; next }
	{ n[norm($1)]++ }
	f == "iis.log" { n[$2]++ }
	END { for (c in n) printf "%s\t%s\t%d\n", f, c, n[c]; printf "%s\tskipped\t%d\n", f, skipped }'
}

origin() { # FILE, pairs on stdin
	awk -v f="$1" "$norm"'
	{ c = norm($1); b = $2
	  if (b != "-" && b != "absent" && b != "null" && b + 0 != 0 && norm(b) == c) passed[c]++; else generated[c]++
	  seen[c] = 1 }
	END { for (c in seen) printf "%s\t%s\t%d\t%d\n", f, c, generated[c], passed[c] }'
}

tallies() {
	alb | tally aws-alb.log
	clb | tally aws-clb.log
	caddy | tally caddy.log
	cloudflare | tally cloudflare.log
	cloudfront | tally cloudfront.log
	combined | tally combined.log
	envoy | tally envoy.log
	gcp | tally gcp.log
	iis | tally iis.log
	nginx_json | tally nginx-json.log
	traefik | tally traefik.log
}

origins() {
	alb | origin aws-alb.log
	clb | origin aws-clb.log
	cloudflare | origin cloudflare.log
	traefik | origin traefik.log
}

sorted() { sort -t "$(printf '\t')" -k1,1 -k2,2; }

case "${1-}" in
'') tallies | sorted ;;
origin) origins | sorted ;;
check)
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	tallies | sorted >"$tmp/expected.tsv"
	origins | sorted >"$tmp/expected-origin.tsv"
	gzip -dc combined.log.gz >"$tmp/combined.log"
	diff -u expected.tsv "$tmp/expected.tsv"
	diff -u expected-origin.tsv "$tmp/expected-origin.tsv"
	cmp combined.log "$tmp/combined.log"
	echo "oracles: expected.tsv, expected-origin.tsv and combined.log.gz agree"
	;;
*) echo "usage: $0 [origin|check]" >&2; exit 2 ;;
esac

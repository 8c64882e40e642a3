#!/bin/sh
# Runs a representative set of invocations of hsc under valgrind's
# memcheck; any error or leak fails.  HSC=path picks the binary.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
hsc=${HSC:-$top/hsc}
work=$(mktemp -d) || exit 2
trap 'rm -rf "$work"' EXIT INT TERM
unset COLUMNS NO_COLOR HSC_LANG LANG
export LC_ALL=C.UTF-8 TERM=dumb

if ! command -v valgrind >/dev/null 2>&1; then
	echo "valgrind: 0 passed, 1 failed (valgrind is not installed)"
	exit 1
fi
printf '200\n404\n"x" 499 1\n' >"$work/codes"
pass=0
fail=0
run() {
	# A fresh log per run; stdin from $work/codes for --count.
	if valgrind -q --error-exitcode=99 --leak-check=full \
	    --show-leak-kinds=definite,indirect \
	    --errors-for-leak-kinds=definite,indirect \
	    --log-file="$work/vg" "$hsc" "$@" <"$work/codes" >/dev/null \
	    2>&1; [ $? != 99 ] && [ ! -s "$work/vg" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: valgrind hsc $*"
		cat "$work/vg"
	fi
}
run 404
run 4xx
run 499 451 41x 500-504
run --lang=ko -l --width=60 502
run -s timeout
run 게이트웨이 시간
run "$(printf '\357\274\224\357\274\220\357\274\224')"
run xyzzy
run 299
run 999
run --bogus
run -j -a
run -a -l --lang=ko --width=50
run -c
run -c -j --lang=ko
# Log triage: every format, gzip, the views, threads, refused input.
logs=$top/tests/logs
spike=$top/tests/golden/logs/spike.log
run -c "$logs"/aws-alb.log "$logs"/aws-clb.log "$logs"/iis.log \
    "$logs"/cloudfront.log "$logs"/nginx-json.log "$logs"/gcp.log
run -c -j --by=path --timeline "$logs"/traefik.log "$logs"/cloudflare.log
run -c --by=agent --only=5xx,000 --top=3 "$logs"/combined.log.gz
run -c --timeline -w 80 --color=always "$spike"
run -c --lang=ko --timeline=5m -w 60 --only=502,4xx "$spike"
run -c -l --format=combined "$logs"/envoy.log "$logs"/caddy.log
run -c --json-field=httpRequest.status --by=host "$logs"/gcp.log
run -c --field=4 --backend-field=6 "$top/tests/golden/logs/upstream.txt"
printf 'BZh91AY&SY\000' >"$work/x.bz2"
run -c "$work/x.bz2" "$logs"/caddy.log
HSC_THREADS=3
export HSC_THREADS
run -c -j --by=client --timeline "$spike" "$logs"/iis.log
unset HSC_THREADS
run --list-codes
run --help
echo "valgrind: $pass passed, $fail failed"
[ $fail = 0 ]

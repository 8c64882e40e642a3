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
printf '200\n404\n"x" 499 1\nHTTP/2 502 \r\n' >"$work/codes"
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
run -A "$spike" "$logs"/iis.log "$logs"/combined.log "$logs"/nginx-json.log
unset HSC_THREADS
run --list-codes
run --help
run -w 20 --help --lang=ko
run -l -w 20 499 511
run --lang=ko -l -w 30 5xx
run -w 200 -a
run -c -l -w 24
run -w 19 404
# On a terminal (script(1)), through a pager that reads it all, and
# through one that cannot start.
if command -v script >/dev/null 2>&1; then
	printf '#!/bin/sh\ncat >/dev/null\n' >"$work/pager"
	chmod +x "$work/pager"
	for p in "$work/pager" /nonexistent/pager; do
		PAGER=$p TERM=xterm script -qec "stty rows 24 cols 80 2>/dev/null;
		    valgrind -q --error-exitcode=99 --leak-check=full \
		    --show-leak-kinds=definite,indirect \
		    --errors-for-leak-kinds=definite,indirect \
		    --log-file='$work/vg' '$hsc' -a -l; echo rc=\$?" /dev/null \
		    </dev/null >"$work/tty" 2>&1
		if grep -q 'rc=0' "$work/tty" && [ ! -s "$work/vg" ]; then
			pass=$((pass + 1))
		else
			fail=$((fail + 1))
			echo "FAIL: valgrind hsc -a -l on a terminal, PAGER=$p"
			cat "$work/vg"
		fi
	done
fi
run "HTTP/1.1 404 OK" HTTP/1.1 502 Bad Gateway '(404)' 404.
run -
run --lang=ko -
run --annotate
run -A --color=always --lang=ko
run -A "$work/codes" "$work/missing"
run --l
run --jsn
run -lang=ko
run --color never 404
run
echo "valgrind: $pass passed, $fail failed"
[ $fail = 0 ]

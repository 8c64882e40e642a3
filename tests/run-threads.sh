#!/bin/sh
# The threaded paths: --annotate and --count of a file cut into parts
# (HSC_THREADS cuts a file of any size) give what one reading gives,
# byte for byte: every log format, W3C #Fields: lines met inside a
# part, lines longer than a part may be, a last line without a
# newline, standard input opened at an offset, several files in one
# call.  make check runs it on ./hsc, the ASan build and the
# ThreadSanitizer build; a sanitizer's report on stderr fails the check.
#
# usage: tests/run-threads.sh    (HSC=path/to/hsc picks the binary)
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
hsc=${HSC:-$top/hsc}
case $hsc in /*) ;; *) hsc=$(pwd)/$hsc ;; esac
work=$(mktemp -d) || exit 2
trap 'rm -rf "$work"' EXIT INT TERM

unset COLUMNS NO_COLOR HSC_LANG LANG LC_MESSAGES HSC_THREADS
LC_ALL=C.UTF-8
TERM=dumb
TSAN_OPTIONS="halt_on_error=1 exitcode=66"
export LC_ALL TERM TSAN_OPTIONS

# shellcheck source=tests/lib.sh disable=SC1091,SC2154
. "$top/tests/lib.sh"

# A ThreadSanitizer build cannot start on a kernel with more address
# randomisation than it knows; it runs with randomisation off then.
run=
if ! "$hsc" --version >/dev/null 2>"$work/e"; then
	if grep -q 'unexpected memory mapping' "$work/e" &&
	    setarch "$(uname -m)" -R "$hsc" --version >/dev/null 2>&1; then
		run="setarch $(uname -m) -R"
	else
		bad "$hsc does not start: $(head -3 "$work/e")"
	fi
fi

# rec THREADS OUT ARGS...: runs hsc with HSC_THREADS=THREADS, stdout to
# OUT, stderr to OUT.err; its exit status in OUT.rc.  A sanitizer's
# report is a failure of its own.
rec() {
	t=$1
	o=$2
	shift 2
	HSC_THREADS=$t $run "$hsc" "$@" >"$o" 2>"$o.err"
	echo $? >"$o.rc"
	if grep -q 'Sanitizer' "$o.err"; then
		bad "HSC_THREADS=$t hsc $*: a sanitizer's report"
		head -40 "$o.err"
	fi
}

# same NAME ARGS...: one thread and 2, 3, 4 and 7 give the same output,
# messages and exit status.
same() {
	name=$1
	shift
	rec 1 "$work/one" "$@"
	for t in 2 3 4 7; do
		rec $t "$work/many" "$@"
		if cmp -s "$work/one" "$work/many" &&
		    cmp -s "$work/one.err" "$work/many.err" &&
		    cmp -s "$work/one.rc" "$work/many.rc"; then
			ok
		else
			bad "$name: HSC_THREADS=$t differs from one thread"
			cmp "$work/one" "$work/many"
			diff "$work/one.err" "$work/many.err" | head -5
		fi
	done
}

# Every format of tests/logs, W3C logs with their #Fields: lines in the
# middle, between plain combined lines; a last line without a newline.
sh "$top/tests/gen-log.sh" 3000 11 >"$work/gen.log"
i=0
while [ $i -lt 12 ]; do
	sed -n "$((i * 200 + 1)),$((i * 200 + 200))p" "$work/gen.log"
	for f in "$top"/tests/logs/*.log; do
		cat "$f"
	done
	i=$((i + 1))
done >"$work/mixed.log"
printf 'HTTP/1.1 404 Not Found\r\n1.2.3.4 - - [%s] "GET / HTTP/1.1" 200 5' \
    '21/Nov/2026:10:00:00 +0000' >>"$work/mixed.log"

same "--annotate, every format" -A "$work/mixed.log"
same "--count, every format" -c -j --by=path --timeline "$work/mixed.log"
rec 4 "$work/o" -A "$work/mixed.log"
check "--annotate in parts: the input comes back byte for byte" sh -c "
    LC_ALL=C sed 's/$(printf '\t')# [0-9]\\{3\\} [^$(printf '\t\r')]*\\($(printf '\r')\\{0,1\\}\\)\$/\\1/' \
    '$work/o' | cmp - '$work/mixed.log'"
check "--annotate in parts: the last line, without a newline, is named" \
    sh -c "tail -c 40 '$work/o' | grep -q '200 5$(printf '\t')# 200 OK\$'"

# A line longer than a part may be (4 MiB) cuts no part: the rest of
# the file is read as a stream.  One of 300 KiB goes in a part.
{
	head -1000 "$work/gen.log"
	head -c 5000000 /dev/zero | tr '\0' x
	echo ' "GET / HTTP/1.1" 404 1'
	sed -n '1001,2000p' "$work/gen.log"
	head -c 300000 /dev/zero | tr '\0' y
	echo ' "GET / HTTP/1.1" 502 1'
	sed -n '2001,3000p' "$work/gen.log"
} >"$work/long.log"
same "--annotate, long lines" -A "$work/long.log"
same "--count, long lines" -c "$work/long.log"

# A W3C log's columns carry over to the next file, as in one reading.
same "--annotate, a #Fields: line before the file" -A \
    "$top/tests/logs/iis.log" "$work/gen.log" "$top/tests/logs/cloudfront.log" \
    "$work/mixed.log"

# Standard input, a regular file opened 777 bytes in.
for t in 1 4; do
	{ dd bs=777 count=1 of=/dev/null 2>/dev/null
	  HSC_THREADS=$t $run "$hsc" -A; } <"$work/mixed.log" >"$work/at$t"
done
tail -c +778 "$work/mixed.log" | "$hsc" -A >"$work/at"
check "--annotate of stdin at an offset, in parts" \
    cmp "$work/at" "$work/at4"
check "--annotate of stdin at an offset, one thread" \
    cmp "$work/at" "$work/at1"

# Nothing to name: exit status 1 all the same.
head -c 2000000 /dev/zero | tr '\0' '\n' | sed 's/^$/no status here/' \
    >"$work/none.log"
same "--annotate, nothing to name" -A "$work/none.log"
check "--annotate in parts, nothing named: exit status 1" \
    [ "$(cat "$work/many.rc")" = 1 ]

# Writes that fail, and a reader that goes away.
HSC_THREADS=4 $run "$hsc" -A "$work/mixed.log" >/dev/full 2>"$work/e"
rc=$?
check "--annotate in parts >/dev/full: exit status 2, one message" sh -c "
    [ $rc = 2 ] && grep -qx 'hsc: write error: No space left on device' \
    '$work/e'"
HSC_THREADS=4 $run "$hsc" -A "$work/mixed.log" 2>"$work/e" |
    head -c 100 >/dev/null
check "--annotate in parts | head: ends quietly" [ ! -s "$work/e" ]

echo "threads: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

#!/bin/sh
# Builds one libFuzzer target and runs it for a bounded time from a copy
# of its seed corpus; exits non-zero when the target crashed or did not
# build.  The last line is the summary, in the form tests/check.sh
# tallies:
#   fuzz_query: 1234567 runs in 60 s, cov 1234, ft 5678, no crash
#   (1 passed, 0 failed)
# (one line).
#
# usage: tests/fuzz/run.sh TARGET SECONDS [LIBFUZZER_OPTION...]
#   TARGET   fuzz_query, fuzz_search, fuzz_datafile, fuzz_env or
#            fuzz_annotate or fuzz_logline
#   SECONDS  how long to fuzz (libFuzzer's -max_total_time)
#
# Environment: CC (default clang), FUZZ_CFLAGS (extra compiler flags,
# e.g. -DHSC_FUZZ_STRICT_MSG), FUZZ_BUILD (default tests/fuzz/build).
# Everything is built in a private directory from src/ and data/ (the
# table is generated there too, so src/ is never written); the binary
# and the log are then moved to FUZZ_BUILD/TARGET and TARGET.log, and a
# crashing input stays in FUZZ_BUILD/artifacts.  The checked-in corpus
# is not changed.  Several runs may go at once.
set -u

usage() {
	echo "usage: $0 TARGET SECONDS [LIBFUZZER_OPTION...]" >&2
	exit 2
}

[ $# -ge 2 ] || usage
target=$1
secs=$2
shift 2
case $secs in
'' | *[!0-9]*) usage ;;
esac

root=$(cd "$(dirname "$0")/../.." && pwd) || exit 2
cd "$root" || exit 2

# Every target links the shared units and hsc's modules (all but main.c
# and the table), as they stand in the tree; those that read the table
# get a private one.
common=$(echo src/common/*.c)
lib=$common
for f in src/hsc/*.c; do
	case $f in
	src/hsc/main.c | src/hsc/table.c) ;;
	*) lib="$lib $f" ;;
	esac
done
case $target in
fuzz_query | fuzz_search | fuzz_env | fuzz_annotate | fuzz_logline)
	srcs="$lib src/hsc/table.c" ;;
fuzz_datafile) srcs="$common src/gen/datafile.c" ;;
*) echo "$0: unknown target '$target'" >&2; usage ;;
esac

build=${FUZZ_BUILD:-tests/fuzz/build}
mkdir -p "$build/artifacts" || exit 2
cc=${CC:-clang}

work=$(mktemp -d) || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
mkdir "$work/corpus" "$work/gen" || exit 2

# fail MESSAGE: the summary line of a run that could not start.
fail() {
	echo "$target: $1 (0 passed, 1 failed)"
	exit 2
}

# The table: rather than build/table.inc (the Makefile's, which another
# build may be rewriting), a private one made from data/ as the
# Makefile makes it, found first by -I "$work/gen".
cppflags="-I$work/gen -Isrc/common -Isrc/hsc -Isrc/gen -D_POSIX_C_SOURCE=200809L"
case $srcs in
*src/hsc/table.c*)
	# shellcheck disable=SC2086 # lists of words
	if ! "$cc" -O1 $cppflags -std=c11 -o "$work/gen/hscgen" \
	    src/gen/hscgen.c src/gen/datafile.c $common -lunistring ||
	    ! "$work/gen/hscgen" -c data/common.txt -y data/synonyms.txt \
	    -g data/WRITING.md -o "$work/gen/table.inc" data/[1-5]xx.txt \
	    data/other.txt; then
		fail "could not generate the table"
	fi
	;;
esac

# shellcheck disable=SC2086 # srcs and FUZZ_CFLAGS are lists of words
"$cc" -g -O1 -fsanitize=fuzzer,address,undefined \
    -fno-sanitize-recover=undefined $cppflags -std=c11 \
    ${FUZZ_CFLAGS:-} -o "$work/$target" "tests/fuzz/$target.c" $srcs \
    -lunistring -lz -pthread || fail "build failed"
cp tests/fuzz/corpus/"$target"/* "$work/corpus/" 2>/dev/null || :

# The outer timeout is a backstop: libFuzzer stops itself after
# max_total_time, and gives one input at most 10 s.
log=$work/log
t0=$(date +%s)
timeout -k 10 $((secs + 120)) "$work/$target" -max_total_time="$secs" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$target-" "$@" "$work/corpus" \
    >"$log" 2>&1
rc=$?
t1=$(date +%s)
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
[ -n "$runs" ] ||
    runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -1)
took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" |
    tail -1)
stats=$(grep 'cov: ' "$log" | tail -1)
cov=$(echo "$stats" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
ft=$(echo "$stats" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
crash=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
line=$(printf '%s: %s runs in %s s, cov %s, ft %s,' "$target" \
    "${runs:-?}" "${took:-$((t1 - t0))}" "${cov:-?}" "${ft:-?}")
first=$(grep -m 3 -E \
    '(==[0-9]+==ERROR|^SUMMARY|runtime error|check failed)' "$log")

# Keep the binary and the log; another run may replace them later.
mv -f "$work/$target" "$build/$target"
mv -f "$log" "$build/$target.log"
log=$build/$target.log

if [ $rc -eq 0 ]; then
	echo "$line no crash (1 passed, 0 failed)"
	exit 0
fi
# What went wrong first, then the summary as the last line.
[ -z "$first" ] || echo "$first"
if [ -n "$crash" ]; then
	echo "$line CRASH, input $crash, log $log (0 passed, 1 failed)"
else
	echo "$line FAILED, status $rc, log $log (0 passed, 1 failed)"
fi
exit 1

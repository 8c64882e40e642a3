#!/bin/sh
# make check: the unit tests (Check); the golden tests of the binary, the
# shell-level checks and hsc in real terminals (tmux), run on ./hsc and
# again on the instrumented build (ASan, UBSan); files read in parts by
# threads, on both and on a ThreadSanitizer build; the width sweep;
# valgrind; the completions in the real shells and the man pages; a
# short bounded fuzzing run of each target.  The last line gives the
# totals.
#
# usage: tests/check.sh [fast]
#   fast (make check-fast): the unit and golden tests only.
set -u
mode=${1:-full}
cd "$(dirname "$0")/.." || exit 2
log=$(mktemp) || exit 2
trap 'rm -f "$log"' EXIT INT TERM
passed=0
failed=0

# tally LINE: adds "N passed, M failed" from a runner's last line.
tally() {
	p=$(echo "$1" | sed -n 's/.*[^0-9]\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed.*/\1/p')
	f=$(echo "$1" | sed -n 's/.*[^0-9]\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed.*/\2/p')
	passed=$((passed + ${p:-0}))
	failed=$((failed + ${f:-1}))
}

# unit NAME BINARY: runs a Check binary and tallies its summary line,
# "100%: Checks: 140, Failures: 0, Errors: 0".
unit() {
	echo "== $1"
	CK_VERBOSITY=${CK_VERBOSITY:-normal} "$2" >"$log" 2>&1
	rc=$?
	cat "$log"
	line=$(grep 'Checks: ' "$log" | tail -1)
	n=$(echo "$line" | sed -n 's/.*Checks: \([0-9]*\), Failures: \([0-9]*\), Errors: \([0-9]*\).*/\1 \2 \3/p')
	if [ -n "$n" ]; then
		# shellcheck disable=SC2086 # three numbers, split on purpose
		set -- $n
		tally "unit: $(($1 - $2 - $3)) passed, $(($2 + $3)) failed"
		[ $rc = 0 ] || [ "$(($2 + $3))" -gt 0 ] || failed=$((failed + 1))
	else
		tally "unit: 0 passed, 1 failed"
	fi
}

unit "unit tests (Check), real table" build/unit/check_hsc
unit "unit tests (Check), fixture table" build/unit/check_fixture

# stage NAME COMMAND...: runs a runner whose last line is its totals.
stage() {
	echo "== $1"
	shift
	"$@" >"$log" 2>&1
	rc=$?
	cat "$log"
	tally "$(tail -1 "$log")"
	if [ $rc != 0 ] && ! tail -1 "$log" | grep -q ' [1-9][0-9]* failed'; then
		failed=$((failed + 1))
	fi
}

stage "golden tests" sh tests/run-cli.sh
stage "relevance suite" sh tests/run-relevance.sh
if [ "$mode" = fast ]; then
	echo "total: $passed passed, $failed failed"
	[ $failed = 0 ]
	exit
fi
stage "shell-level checks" sh tests/run-checks.sh
stage "files in parts: threads give one reading's output" \
    sh tests/run-threads.sh
stage "width sweep: every width, every view, Python's widths" \
    python3 tests/width-sweep.py ./hsc
stage "real terminals (tmux): widths, colours, the pager" \
    sh tests/run-tty.sh
stage "golden tests, ASan+UBSan build" env HSC=build/asan/hsc/hsc \
    HSC_FIXTURE=build/asan/fixture/hsc sh tests/run-cli.sh
stage "shell-level checks, ASan+UBSan build" \
    env HSC=build/asan/hsc/hsc sh tests/run-checks.sh
stage "files in parts, ASan+UBSan build" \
    env HSC=build/asan/hsc/hsc sh tests/run-threads.sh
stage "files in parts, ThreadSanitizer build" \
    env HSC=build/tsan/hsc/hsc sh tests/run-threads.sh
stage "real terminals (tmux), ASan+UBSan build" \
    env HSC=build/asan/hsc/hsc sh tests/run-tty.sh
stage "valgrind" sh tests/run-valgrind.sh
stage "the build: clang, -j8, VERSION, BUILD_CC" sh tests/run-build.sh
if [ -f tests/run-shells.sh ]; then
	stage "completions, man pages, install" sh tests/run-shells.sh
fi
if [ -f tests/fuzz/run.sh ] && [ "${FUZZ_SECONDS:-0}" -gt 0 ]; then
	for t in tests/fuzz/fuzz_*.c; do
		t=$(basename "$t" .c)
		stage "fuzzing $t for ${FUZZ_SECONDS}s" \
		    sh tests/fuzz/run.sh "$t" "$FUZZ_SECONDS"
	done
fi

echo "total: $passed passed, $failed failed"
[ $failed = 0 ]

#!/bin/sh
# make check: the unit tests (Check); the golden tests of the binary and
# the shell-level checks, run on ./hsc and again on the instrumented
# build (ASan, UBSan); valgrind; the completions in the real shells and
# the man pages; a short bounded fuzzing run of each target.  The last
# line gives the totals.
set -u
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

echo "== unit tests (Check)"
CK_VERBOSITY=${CK_VERBOSITY:-normal} tests/unit/check_hsc >"$log" 2>&1
rc=$?
cat "$log"
# "100%: Checks: 140, Failures: 0, Errors: 0"
line=$(grep 'Checks: ' "$log" | tail -1)
n=$(echo "$line" | sed -n 's/.*Checks: \([0-9]*\), Failures: \([0-9]*\), Errors: \([0-9]*\).*/\1 \2 \3/p')
if [ -n "$n" ]; then
	# shellcheck disable=SC2086 # three numbers, split on purpose
	set -- $n
	tally "unit: $(($1 - $2 - $3)) passed, $(($2 + $3)) failed"
else
	tally "unit: 0 passed, 1 failed"
fi
[ $rc = 0 ] || [ -z "$n" ] || [ "$(($2 + $3))" -gt 0 ] || failed=$((failed + 1))

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
stage "shell-level checks" sh tests/run-checks.sh
if [ -x build/asan/hsc ]; then
	stage "golden tests, ASan+UBSan build" \
	    env HSC=build/asan/hsc sh tests/run-cli.sh
	stage "shell-level checks, ASan+UBSan build" \
	    env HSC=build/asan/hsc sh tests/run-checks.sh
fi
stage "valgrind" sh tests/run-valgrind.sh
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

#!/bin/sh
# make check: the unit tests (Check), the golden tests of the binary and
# the shell-level checks; the last line gives the totals of all three.
set -u
cd "$(dirname "$0")/.." || exit 2
log=$(mktemp) || exit 2
trap 'rm -f "$log"' EXIT INT TERM
passed=0
failed=0

# tally LINE: adds "N passed, M failed" from a runner's last line.
tally() {
	p=$(echo "$1" | sed -n 's/.* \([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed.*/\1/p')
	f=$(echo "$1" | sed -n 's/.* \([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed.*/\2/p')
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
	set -- $n
	tally "unit: $(($1 - $2 - $3)) passed, $(($2 + $3)) failed"
else
	tally "unit: 0 passed, 1 failed"
fi
[ $rc = 0 ] || [ -z "$n" ] || [ "$(($2 + $3))" -gt 0 ] || failed=$((failed + 1))

for runner in tests/run-cli.sh tests/run-checks.sh; do
	echo "== $runner"
	sh "$runner" >"$log" 2>&1
	rc=$?
	cat "$log"
	tally "$(tail -1 "$log")"
	if [ $rc != 0 ] && ! tail -1 "$log" | grep -q ' [1-9][0-9]* failed'; then
		failed=$((failed + 1))
	fi
done

echo "total: $passed passed, $failed failed"
[ $failed = 0 ]

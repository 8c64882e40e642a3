#!/bin/sh
# Runs the built hsc on real queries and compares what it prints.
#
# Each tests/cli/NAME.cmd is a shell command line; NAME.out holds the
# expected stdout, NAME.err the expected stderr (if any) and NAME.rc
# the expected exit status (if not 0).  Commands run in a clean
# environment: LC_ALL=C.UTF-8, TERM=dumb, no COLUMNS, NO_COLOR, LANG or
# HSC_LANG, with the hsc under test first in PATH.
#
# usage: tests/run-cli.sh [--update] [NAME...]
#   HSC=path/to/hsc picks the binary (default ./hsc).
#   --update rewrites the expected files from what hsc prints now.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
hsc=${HSC:-$top/hsc}
case $hsc in /*) ;; *) hsc=$(pwd)/$hsc ;; esac
update=0
if [ "${1:-}" = --update ]; then update=1; shift; fi

work=$(mktemp -d) || exit 2
trap 'rm -rf "$work"' EXIT INT TERM
mkdir "$work/bin"
ln -s "$hsc" "$work/bin/hsc"

pass=0
fail=0
if [ $# -gt 0 ]; then
	cases=$(for n in "$@"; do echo "$top/tests/cli/$n.cmd"; done)
else
	cases=$(ls "$top"/tests/cli/*.cmd)
fi
for cmd in $cases; do
	name=${cmd%.cmd}
	base=$(basename "$name")
	env -i PATH="$work/bin:/usr/bin:/bin" HOME="$work" LC_ALL=C.UTF-8 \
	    TERM=dumb TESTDATA="$top/tests/cli" \
	    sh -c "$(cat "$cmd")" >"$work/out" 2>"$work/err" </dev/null
	rc=$?
	if [ $update = 1 ]; then
		cp "$work/out" "$name.out"
		if [ -s "$work/err" ]; then cp "$work/err" "$name.err"
		else rm -f "$name.err"; fi
		if [ $rc != 0 ]; then echo $rc >"$name.rc"
		else rm -f "$name.rc"; fi
	fi
	want_rc=0
	[ -f "$name.rc" ] && want_rc=$(cat "$name.rc")
	[ -f "$name.err" ] || : >"$work/empty"
	ok=1
	if ! diff -u "$name.out" "$work/out" >"$work/diff" 2>&1; then
		ok=0
		echo "FAIL $base: stdout differs"
		cat "$work/diff"
	fi
	if [ -f "$name.err" ]; then want_err=$name.err
	else want_err=$work/empty; fi
	if ! diff -u "$want_err" "$work/err" >"$work/diff" 2>&1; then
		ok=0
		echo "FAIL $base: stderr differs"
		cat "$work/diff"
	fi
	if [ "$rc" != "$want_rc" ]; then
		ok=0
		echo "FAIL $base: exit status $rc, expected $want_rc"
	fi
	if [ $ok = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
echo "cli: $pass passed, $fail failed"
[ $fail = 0 ]

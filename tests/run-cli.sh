#!/bin/sh
# Runs the built hsc on real queries and compares what it prints.
#
# Each tests/golden/SET/NAME.cmd is a shell command line; NAME.out holds
# the expected stdout, NAME.err the expected stderr (if any) and NAME.rc
# the expected exit status (if not 0).  SET is `fixture`, run with the
# hsc built on the fixture table of tests/data/ (layout, wrapping,
# search mechanics, options, errors: what must not move when a sentence
# of data/ changes), or `real`, run with ./hsc (a few end-to-end
# answers of the real table).  Commands run in a clean environment:
# LC_ALL=C.UTF-8, TERM=dumb, no COLUMNS, NO_COLOR, LANG or HSC_LANG,
# with the hsc under test first in PATH and TESTDATA naming
# tests/golden/logs.
#
# usage: tests/run-cli.sh [--update] [SET/NAME...]
#   HSC=path/to/hsc and HSC_FIXTURE=path/to/hsc pick the binaries
#   (defaults ./hsc and build/fixture/hsc).
#   --update rewrites the expected files from what hsc prints now.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
abs() {
	case $1 in /*) echo "$1" ;; *) echo "$(pwd)/$1" ;; esac
}
hsc_real=$(abs "${HSC:-$top/hsc}")
hsc_fixture=$(abs "${HSC_FIXTURE:-$top/build/fixture/hsc}")
update=0
if [ "${1:-}" = --update ]; then update=1; shift; fi

work=$(mktemp -d) || exit 2
trap 'rm -rf "$work"' EXIT INT TERM
mkdir "$work/real" "$work/fixture"
ln -s "$hsc_real" "$work/real/hsc"
ln -s "$hsc_fixture" "$work/fixture/hsc"

pass=0
fail=0
if [ $# -gt 0 ]; then
	cases=$(for n in "$@"; do echo "$top/tests/golden/$n.cmd"; done)
else
	cases=$(ls "$top"/tests/golden/real/*.cmd "$top"/tests/golden/fixture/*.cmd)
fi
for cmd in $cases; do
	name=${cmd%.cmd}
	set_=$(basename "$(dirname "$name")")
	base=$set_/$(basename "$name")
	env -i PATH="$work/$set_:/usr/bin:/bin" HOME="$work" LC_ALL=C.UTF-8 \
	    TERM=dumb TESTDATA="$top/tests/golden/logs" \
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
echo "golden: $pass passed, $fail failed"
[ $fail = 0 ]

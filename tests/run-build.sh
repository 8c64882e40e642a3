#!/bin/sh
# Checks of the build itself, each in a fresh copy of the sources: a
# clang build with every warning an error (and its unit tests), a
# parallel build from nothing, VERSION rebuilding what prints it, and
# hscgen built with BUILD_CC rather than CC (what a cross build needs).
#
# usage: tests/run-build.sh
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d) || exit 2
trap 'rm -rf "$work"' EXIT INT TERM
# shellcheck source=tests/lib.sh
. "$top/tests/lib.sh"

# fresh DIR: a copy of what the build reads, as a clean clone has it.
fresh() {
	mkdir -p "$1" &&
	    (cd "$top" && tar cf - Makefile src data tests/data tests/unit) |
	    (cd "$1" && tar xf -)
}

if command -v clang >/dev/null 2>&1; then
	fresh "$work/clang"
	check "make CC=clang builds with no warning" sh -c "cd '$work/clang' &&
	    make -j2 CC=clang CFLAGS='-O2 -Werror' hsc build/unit/check_hsc \
	    build/unit/check_fixture >/dev/null"
	check "the clang build's unit tests pass" sh -c "cd '$work/clang' &&
	    build/unit/check_hsc >/dev/null && build/unit/check_fixture \
	    >/dev/null"
	check "the clang build answers" sh -c "cd '$work/clang' &&
	    ./hsc 404 | grep -q '^404  Not Found'"
else
	bad "clang is not installed (make test-deps)"
fi

fresh "$work/par"
check "make -j8 from nothing" sh -c "cd '$work/par' &&
    make -j8 CFLAGS='-O2 -Werror' hsc build/fixture/hsc >/dev/null 2>&1 &&
    ./hsc 404 >/dev/null"
check "a new VERSION is what --version prints" sh -c "cd '$work/par' &&
    make VERSION=9.8.7 hsc >/dev/null && ./hsc --version | grep -qx 'hsc 9.8.7'"
check "a new VERSION rebuilds main.o only" sh -c "cd '$work/par' &&
    make -n VERSION=1.2.3 hsc | grep -- ' -c ' | grep -v 'main.c' |
    { ! grep -q .; }"
check "hscgen is built with BUILD_CC, hsc with CC" sh -c "cd '$work/par' &&
    make -n -B CC=target-cc BUILD_CC=host-cc hsc >'$work/n' 2>&1;
    grep -q '^host-cc .*src/gen/hscgen.c' '$work/n' &&
    grep -q '^target-cc .*src/hsc/main.c' '$work/n' &&
    ! grep -q '^target-cc .*src/gen/' '$work/n' &&
    ! grep -q '^host-cc .*src/hsc/' '$work/n'"

echo "build: $pass passed, $fail failed"
[ $fail = 0 ]

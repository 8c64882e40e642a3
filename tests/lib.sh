# Shared by the shell test scripts (sourced): counting and check.
# The sourcing script sets $work, a scratch directory.
# shellcheck shell=sh disable=SC2154
pass=0
fail=0
ok() {
	pass=$((pass + 1))
}
bad() {
	fail=$((fail + 1))
	echo "FAIL: $*"
}
# check NAME COMMAND...: COMMAND must succeed; its output goes to
# $work/log and is shown when it fails.
check() {
	name=$1
	shift
	if "$@" >"$work/log" 2>&1; then ok; else bad "$name"; cat "$work/log"; fi
}

#!/bin/sh
# The relevance suite: every query of tests/search/queries.tsv must find
# what it expects (the first result, or one of the first three, or a
# class answered as `hsc 4xx` answers it).  Prints each miss, the score
# (top-1 and top-3 hit rates) on its own line, and the totals.
#
# usage: tests/run-relevance.sh [-v] [FILE]   (HSC=path/to/hsc)
#   -v  also print each query's first three results
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
hsc=${HSC:-$top/hsc}
verbose=0
if [ "${1:-}" = -v ]; then verbose=1; shift; fi
file=${1:-$top/tests/search/queries.tsv}
unset COLUMNS NO_COLOR HSC_LANG LANG LC_MESSAGES
LC_ALL=C.UTF-8
TERM=dumb
export LC_ALL TERM

tab=$(printf '\t')
pass=0
fail=0
top1=0
top3=0
n=0
while IFS="$tab" read -r rank want query; do
	case $rank in '' | '#'*) continue ;; esac
	n=$((n + 1))
	# The query's words, one argument each, as a user types them.
	# shellcheck disable=SC2086 # split on purpose
	got=$(set -f; "$hsc" $query 2>/dev/null | cut -c1-3 | head -3 |
	    tr '\n' ' ')
	first=${got%% *}
	ok=0
	case $want in
	[1-5]xx)
		# shellcheck disable=SC2086
		all=$(set -f; "$hsc" $query 2>/dev/null | cut -c1-3 | tr '\n' ' ')
		[ "$all" = "$("$hsc" "$want" | cut -c1-3 | tr '\n' ' ')" ] &&
		    ok=1 && top1=$((top1 + 1)) && top3=$((top3 + 1))
		;;
	*)
		for c in $want; do
			[ "$first" = "$c" ] && ok=1
		done
		[ $ok = 1 ] && top1=$((top1 + 1))
		in3=0
		for c in $want; do
			case " $got" in *" $c "*) in3=1 ;; esac
		done
		[ $in3 = 1 ] && top3=$((top3 + 1))
		[ "$rank" = 3 ] && ok=$in3
		;;
	esac
	if [ $ok = 1 ]; then
		pass=$((pass + 1))
		[ $verbose = 0 ] || echo "ok   $rank $want	$query	-> $got"
	else
		fail=$((fail + 1))
		echo "MISS $rank $want	$query	-> ${got:-nothing}"
	fi
done <"$file"
awk -v n="$n" -v a="$top1" -v b="$top3" 'BEGIN {
	printf "relevance score: top-1 %d/%d (%.1f%%), top-3 %d/%d (%.1f%%)\n",
	    a, n, n ? 100 * a / n : 0, b, n, n ? 100 * b / n : 0 }'
echo "relevance: $pass passed, $fail failed"
[ $fail = 0 ]

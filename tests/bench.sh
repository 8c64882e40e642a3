#!/bin/sh
# make bench: how fast and how small hsc is, measured in one run on this
# machine, against a floor (/bin/true, and a C program linked like hsc)
# and against what users would otherwise run (Python's http.HTTPStatus,
# Node's http.STATUS_CODES).  Prints three tables and the targets, each
# PASS or MISS; a MISS does not fail: the exit status is 0 unless a
# command could not be run.
#
# Wall time: the median of many runs, by hyperfine (--export-json) when
# it is installed, else by a small C timer built here (fork, exec, wait).
# Instructions: total Ir from valgrind --tool=callgrind, one run each
# (repeatable).  Peak RSS: GNU time's %M, median of 5 runs.
#
# Environment: HSC (default ./hsc), STATIC_HSC (a static build to
# measure too), BENCH_RUNS (default 300 runs per command; Python and
# Node get a tenth), BENCH_TIMER=loop (the C timer even where hyperfine
# is installed), CC (default cc), PYTHON (default python3), NODE
# (default node).
set -u
cd "$(dirname "$0")/.." || exit 2

top=$(pwd)
hsc=${HSC:-./hsc}
static=${STATIC_HSC:-}
runs=${BENCH_RUNS:-300}
peer_runs=$((runs / 10 < 10 ? 10 : runs / 10))
cc=${CC:-cc}

die() {
	echo "bench: $*" >&2
	exit 2
}

[ -x "$hsc" ] || die "$hsc is missing: build it with make"
[ -z "$static" ] || [ -x "$static" ] ||
    die "STATIC_HSC=$static: no such program"
case $hsc in /*) ;; *) hsc=$PWD/${hsc#./} ;; esac
case $static in '' | /*) ;; *) static=$PWD/${static#./} ;; esac

work=$(mktemp -d) || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

# One environment for every measure: no terminal width or colour, and a
# UTF-8 locale that is always there.
unset COLUMNS NO_COLOR HSC_LANG LANGUAGE LC_MESSAGES LANG
if locale -a 2>/dev/null | grep -qix 'C.utf-\{0,1\}8'; then
	LC_ALL=C.UTF-8
else
	LC_ALL=C
fi
TERM=dumb
export LC_ALL TERM

# The floor: what any C program linked as hsc is (LDLIBS, from the
# Makefile: libunistring and zlib) costs to start, print one line and
# exit.
ldlibs=${LDLIBS:--lunistring -lz -pthread}
cat >"$work/floor.c" <<'EOF'
#include <stdint.h>
#include <stdio.h>
#include <unistr.h>
#include <zlib.h>

int
main(void)
{
	/* A call into each library, so that the linker keeps them. */
	printf("%zu %d\n", u8_strlen((const uint8_t *)"404"),
	    zlibVersion()[0] != '\0');
	return 0;
}
EOF
# shellcheck disable=SC2086 # a list of linker arguments
"$cc" -O2 -o "$work/floor" "$work/floor.c" $ldlibs ||
    die "could not build the floor program with $cc"

# The fallback timer: runs a command N times after W warm-ups, output
# to /dev/null, and prints the median wall time in seconds.
cat >"$work/timer.c" <<'EOF'
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int
cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

int
main(int argc, char *argv[])
{
	struct timespec t0, t1;
	double *t;
	int n, w, i, st, fd;
	pid_t pid;

	if (argc < 4 || (n = atoi(argv[1])) < 1 || (w = atoi(argv[2])) < 0)
		return 2;
	if ((t = malloc(sizeof(*t) * (size_t)n)) == NULL)
		return 2;
	for (i = -w; i < n; i++) {
		clock_gettime(CLOCK_MONOTONIC, &t0);
		if ((pid = fork()) == 0) {
			if ((fd = open("/dev/null", O_WRONLY)) >= 0)
				dup2(fd, 1);
			execvp(argv[3], argv + 3);
			_exit(127);
		}
		if (pid < 0 || waitpid(pid, &st, 0) < 0 || st != 0)
			return 1;
		clock_gettime(CLOCK_MONOTONIC, &t1);
		if (i >= 0)
			t[i] = (double)(t1.tv_sec - t0.tv_sec) +
			    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	}
	qsort(t, (size_t)n, sizeof(*t), cmp);
	printf("%.9f\n", n % 2 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2);
	return 0;
}
EOF

python=${PYTHON:-python3}
node=${NODE:-node}
pycode='from http import HTTPStatus; print(HTTPStatus(404).phrase)'
jscode='console.log(require("http").STATUS_CODES[404])'
# pyenv and similar put a shell script first in PATH; time the
# interpreter itself, as a user's script would run it.
if command -v "$python" >/dev/null 2>&1; then
	python=$("$python" -c 'import sys; print(sys.executable)') || python=
else
	python=
fi
command -v "$node" >/dev/null 2>&1 || node=

# The rows: an id each, its label, and how to run it.
rows="true floor lookup class search search_ko typo worst long_en long_ko json"
[ -z "$static" ] || rows="$rows static"
peers=
[ -z "$python" ] || peers="$peers python"
[ -z "$node" ] || peers="$peers node"

label() {
	case $1 in
	true) echo "/bin/true" ;;
	floor) echo "floor: C + libunistring" ;;
	lookup) echo "hsc 404" ;;
	class) echo "hsc 4xx" ;;
	search) echo "hsc -s timeout" ;;
	search_ko) echo "hsc 게이트웨이 시간초과" ;;
	typo) echo "hsc gatway (a typo)" ;;
	worst) echo "hsc: worst search (33 words)" ;;
	long_en) echo "hsc --all --long --lang=en" ;;
	long_ko) echo "hsc --all --long --lang=ko" ;;
	json) echo "hsc --json --all" ;;
	static) echo "static hsc 404" ;;
	python) echo "python3 HTTPStatus(404)" ;;
	node) echo "node STATUS_CODES[404]" ;;
	esac
}

# row ID [PREFIX...]: runs PREFIX followed by the row's command.
row() {
	_row=$1
	shift
	case $_row in
	true) "$@" /bin/true ;;
	floor) "$@" "$work/floor" ;;
	lookup) "$@" "$hsc" 404 ;;
	class) "$@" "$hsc" 4xx ;;
	search) "$@" "$hsc" -s timeout ;;
	search_ko) "$@" "$hsc" 게이트웨이 시간초과 ;;
	typo) "$@" "$hsc" gatway ;;
	# The worst search found: 33 words of 502's texts, most of them
	# inside other words, three of them typos to correct.
	worst) "$@" "$hsc" proxy gateway upstream server response invalid \
	    connection refused reset timeout backend nginx worker socket \
	    port error log request client status code header body the \
	    and for with from that this upstraem gatewya prxoy ;;
	long_en) "$@" "$hsc" --all --long --lang=en ;;
	long_ko) "$@" "$hsc" --all --long --lang=ko ;;
	json) "$@" "$hsc" --json --all ;;
	static) "$@" "$static" 404 ;;
	python) "$@" "$python" -c "$pycode" ;;
	node) "$@" "$node" -e "$jscode" ;;
	esac
}

# quote WORD...: the words as one string for hyperfine's shell-less
# mode, each in single quotes.
quote() {
	for _word in "$@"; do
		printf "'%s' " "$(printf '%s' "$_word" | sed "s/'/'\\\\''/g")"
	done
}

if [ "${BENCH_TIMER:-}" != loop ] && command -v hyperfine >/dev/null 2>&1
then
	timer="hyperfine $(hyperfine --version | sed 's/^hyperfine //')"
else
	timer="a C loop (fork, exec, wait)"
	command -v hyperfine >/dev/null 2>&1 ||
	    timer="$timer: hyperfine is not installed"
	"$cc" -O2 -o "$work/timer" "$work/timer.c" ||
	    die "could not build the timer with $cc"
fi

# wall ID N: the median wall time of N runs, in seconds.
wall() {
	if [ -x "$work/timer" ]; then
		row "$1" "$work/timer" "$2" $(($2 / 10 + 3))
		return
	fi
	hyperfine -N --style none --output null --warmup $(($2 / 10 + 3)) \
	    --runs "$2" --export-json "$work/$1.json" \
	    "$(row "$1" quote)" >"$work/$1.hf" 2>&1 || {
		cat "$work/$1.hf" >&2
		return 1
	}
	sed -n 's/^ *"median": *\([-0-9.eE+]*\).*/\1/p' "$work/$1.json"
}

# instr ID: the instructions one run executes (callgrind's total Ir).
instr() {
	row "$1" valgrind --tool=callgrind \
	    --callgrind-out-file="$work/$1.cg" >/dev/null 2>"$work/$1.vg" ||
	    return 1
	sed -n -e 's/^summary: *\([0-9]*\).*/\1/p' \
	    -e 's/^totals: *\([0-9]*\).*/\1/p' "$work/$1.cg" | head -1
}

# rss ID: the peak resident set of one run in KiB, median of 5.
rss() {
	for _ in 1 2 3 4 5; do
		row "$1" /usr/bin/time -f %M -o "$work/$1.rss" >/dev/null ||
		    return 1
		tail -1 "$work/$1.rss"
	done | sort -n | sed -n 3p
}

have_vg=1
command -v valgrind >/dev/null 2>&1 || have_vg=
have_time=1
[ -x /usr/bin/time ] || have_time=

# Every command must run, and succeed, before anything is measured.
for id in $rows $peers; do
	row "$id" >/dev/null 2>&1 || die "'$(label "$id")' failed to run"
done

results=$work/results
: >"$results"
for id in $rows $peers; do
	n=$runs
	case " $peers " in *" $id "*) n=$peer_runs ;; esac
	w=$(wall "$id" "$n") || w=
	[ -n "$w" ] || die "could not time '$(label "$id")'"
	ir=-
	kib=-
	case " $peers " in
	*" $id "*) ;;
	*)
		if [ -n "$have_vg" ]; then
			ir=$(instr "$id") || ir=
			[ -n "$ir" ] ||
			    die "callgrind failed on '$(label "$id")'"
		fi
		if [ -n "$have_time" ]; then
			kib=$(rss "$id") || kib=
			[ -n "$kib" ] ||
			    die "/usr/bin/time failed on '$(label "$id")'"
		fi
		;;
	esac
	printf '%s\t%s\t%s\t%s\t%s\n' "$id" "$(label "$id")" "$w" "$ir" \
	    "$kib" >>"$results"
done

size=$(wc -c <"$hsc" | tr -d ' ')
ssize=
[ -z "$static" ] || ssize=$(wc -c <"$static" | tr -d ' ')

echo "hsc benchmark: $(uname -sm), $(nproc 2>/dev/null || echo '?') CPUs," \
    "LC_ALL=$LC_ALL"
echo "hsc: $hsc ($("$hsc" --version 2>/dev/null | tr '\n' ' '| sed \
    's/ $//'))"
echo "wall: median of $runs runs ($peer_runs for Python and Node)," \
    "output to /dev/null,"
echo "  by $timer"
if [ -n "$have_vg" ]; then
	echo "instructions: valgrind --tool=callgrind, total Ir of one run"
else
	echo "instructions: n/a (valgrind is not installed)"
fi
if [ -n "$have_time" ]; then
	echo "peak RSS: /usr/bin/time -f %M, median of 5 runs"
else
	echo "peak RSS: n/a (install the package 'time' for /usr/bin/time)"
fi
[ -z "$python" ] || echo "python: $python"
[ -z "$node" ] || echo "node: $(command -v "$node") $("$node" --version)"
echo

awk -F '\t' -v size="$size" -v ssize="$ssize" '
function ms(s) { return sprintf("%.3f", s * 1000) }
function ratio(a, b) { return b > 0 ? sprintf("%.2f", a / b) : "-" }
function ratio3(a, b) { return b > 0 ? sprintf("%.3f", a / b) : "-" }
function group(n,   s) {	# 1234567 -> 1,234,567
	s = ""
	while (length(n) > 3) {
		s = "," substr(n, length(n) - 2) s
		n = substr(n, 1, length(n) - 3)
	}
	return n s
}
function mark(ok) { return ok ? "PASS" : "MISS" }
{
	id[NR] = $1; lab[$1] = $2; w[$1] = $3; ir[$1] = $4; kib[$1] = $5
	n = NR
}
END {
	hscrow["lookup"] = hscrow["class"] = hscrow["search"] = 1
	hscrow["search_ko"] = hscrow["typo"] = hscrow["worst"] = 1
	hscrow["long_en"] = hscrow["long_ko"] = hscrow["json"] = 1
	hscrow["static"] = 1
	peer = ("python" in w) || ("node" in w)

	print "Wall time (ratio < 1: hsc is faster)"
	printf "%-28s %9s %7s %8s %8s\n", "command", "median ms", "/floor",
	    "/python", "/node"
	for (i = 1; i <= n; i++) {
		r = id[i]
		f = p = j = ""
		if (r in hscrow || r == "true" || r == "floor")
			f = ratio(w[r], w["floor"])
		if (r in hscrow && "python" in w)
			p = ratio3(w[r], w["python"])
		if (r in hscrow && "node" in w)
			j = ratio3(w[r], w["node"])
		printf "%-28s %9s %7s %8s %8s\n", lab[r], ms(w[r]), f, p, j
	}
	print ""

	print "Instructions and memory"
	printf "%-28s %13s %7s %9s %10s\n", "command", "Ir", "/floor",
	    "peak KiB", "+floor KiB"
	for (i = 1; i <= n; i++) {
		r = id[i]
		if (r == "true" || r == "python" || r == "node")
			continue
		a = b = c = d = ""
		if (ir[r] == "-")
			a = "n/a"
		else {
			a = group(ir[r])
			b = ratio(ir[r], ir["floor"])
		}
		if (kib[r] == "-")
			c = "n/a"
		else {
			c = group(kib[r])
			d = sprintf("%+d", kib[r] - kib["floor"])
		}
		printf "%-28s %13s %7s %9s %10s\n", lab[r], a, b, c, d
	}
	print ""

	print "Binary size"
	printf "%-28s %13s bytes %6.0f KiB\n", "hsc (dynamic)", group(size),
	    size / 1024
	if (ssize != "")
		printf "%-28s %13s bytes %6.0f KiB\n", "hsc (static)",
		    group(ssize), ssize / 1024
	else
		printf "%-28s %13s\n", "hsc (static)",
		    "n/a: give STATIC_HSC=path"
	print ""

	print "Targets"
	printf "%-48s %10s  %s\n", "target", "measured", "result"
	split("lookup class search search_ko typo worst", ids, " ")
	split("1.5 1.5 1.5 1.5 3 10", limit, " ")
	for (k = 1; k <= 6; k++) {
		r = ids[k]
		t = sprintf("%s: Ir <= %sx floor", lab[r], limit[k])
		if (ir[r] == "-")
			printf "%-48s %10s  %s\n", t, "n/a", "n/a"
		else
			printf "%-48s %10s  %s\n", t,
			    ratio(ir[r], ir["floor"]) "x",
			    mark(ir[r] <= limit[k] * ir["floor"])
	}
	split("long_en long_ko", ids, " ")
	for (k = 1; k <= 2; k++) {
		r = ids[k]
		printf "%-48s %10s  %s\n", lab[r] ": wall < 5 ms",
		    ms(w[r]) " ms", mark(w[r] < 0.005)
	}
	for (i = 1; i <= n; i++) {
		r = id[i]
		if (!(r in hscrow))
			continue
		t = sprintf("%s: RSS < floor + 2 MiB", lab[r])
		if (kib[r] == "-")
			printf "%-48s %10s  %s\n", t, "n/a", "n/a"
		else
			printf "%-48s %10s  %s\n", t,
			    sprintf("%+d KiB", kib[r] - kib["floor"]),
			    mark(kib[r] - kib["floor"] < 2048)
	}
}' "$results"

# Log triage: hsc --count on a generated million-line combined log,
# beside the pipeline people use today and beside wc -l, the floor of
# reading the file at all; on a million JSON lines beside jq; on the
# gzipped log beside zcat | hsc -c; --by=path beside the plain count.
# Every ratio is against a command timed in this same run.
lines=${BENCH_LOG_LINES:-1000000}
log=$work/access.log
json=$work/access.json
sh "$top/tests/gen-log.sh" "$lines" 42 >"$log"
sh "$top/tests/gen-triage.sh" json "$lines" 42 >"$json"
gzip -c "$log" >"$log.gz"
triage() {
	# triage COMMAND [RUNS]: the median of RUNS (5) wall times, in
	# seconds, the command run by a shell.
	_runs=${2:-5}
	if command -v hyperfine >/dev/null 2>&1 &&
	    [ "${BENCH_TIMER:-}" != loop ]; then
		hyperfine --style none --output null --warmup 1 \
		    --runs "$_runs" --export-json "$work/t.json" "$1" \
		    >/dev/null 2>&1 || die "could not run: $1"
		sed -n 's/.*"median": *\([0-9.e-]*\).*/\1/p' "$work/t.json" |
		    head -1
	else
		for _ in $(seq "$_runs"); do
			a=$(date +%s%N)
			sh -c "$1" >/dev/null 2>&1 || die "could not run: $1"
			b=$(date +%s%N)
			echo "$(((b - a) / 1000))"
		done | sort -n | sed -n "$(((_runs + 1) / 2))p" |
		    awk '{ print $1 / 1e6 }'
	fi
}
t_hsc=$(triage "'$hsc' --count '$log'")
t_awk=$(triage "awk '{print \$9}' '$log' | sort | uniq -c | sort -rn")
t_wc=$(triage "wc -l '$log'")
t_json=$(triage "'$hsc' --count '$json'")
t_jq=$(triage "jq -r .status '$json' | sort | uniq -c" 3)
t_gz=$(triage "'$hsc' --count '$log.gz'")
t_zcat=$(triage "zcat '$log.gz' | '$hsc' --count")
t_by=$(triage "'$hsc' --count --by=path '$log'")
t_tl=$(triage "'$hsc' --count --timeline '$log'")
echo ""
echo "Log triage ($(wc -l <"$log") lines, $(($(wc -c <"$log") / 1048576)) MiB;" \
    "JSON $(($(wc -c <"$json") / 1048576)) MiB; gzip" \
    "$(($(wc -c <"$log.gz") / 1048576)) MiB; $(nproc 2>/dev/null || echo '?') CPUs)"
awk -v h="$t_hsc" -v a="$t_awk" -v w="$t_wc" -v j="$t_json" -v q="$t_jq" \
    -v g="$t_gz" -v z="$t_zcat" -v b="$t_by" -v t="$t_tl" 'BEGIN {
	printf "%-48s %9s %9s\n", "command", "median ms", "/hsc -c"
	printf "%-48s %9.1f %9s\n", "hsc --count", h * 1000, "1.00"
	printf "%-48s %9.1f %9.2f\n", "awk {print $9} | sort | uniq -c | sort -rn",
	    a * 1000, a / h
	printf "%-48s %9.1f %9.2f\n", "wc -l", w * 1000, w / h
	printf "%-48s %9.1f %9.2f\n", "hsc --count --by=path", b * 1000, b / h
	printf "%-48s %9.1f %9.2f\n", "hsc --count --timeline", t * 1000, t / h
	printf "%-48s %9.1f %9.2f\n", "hsc --count (JSON lines)", j * 1000, j / h
	printf "%-48s %9.1f %9.2f\n", "jq -r .status | sort | uniq -c", q * 1000,
	    q / h
	printf "%-48s %9.1f %9.2f\n", "hsc --count FILE.gz", g * 1000, g / h
	printf "%-48s %9.1f %9.2f\n", "zcat FILE.gz | hsc --count", z * 1000,
	    z / h
	printf "%-48s %10s  %s\n", "hsc --count: 15x faster than the pipeline",
	    sprintf("%.1fx", a / h), (a / h >= 15 ? "PASS" : "MISS")
	printf "%-48s %10s  %s\n", "hsc --count: within 1.5x of wc -l",
	    sprintf("%.2fx", h / w), (h / w <= 1.5 ? "PASS" : "MISS")
	printf "%-48s %10s  %s\n", "JSON lines: 10x faster than jq | sort | uniq",
	    sprintf("%.1fx", q / j), (q / j >= 10 ? "PASS" : "MISS")
	printf "%-48s %10s  %s\n", "gzip: no slower than zcat | hsc -c",
	    sprintf("%.2fx", g / z), (g <= z ? "PASS" : "MISS")
	printf "%-48s %10s  %s\n", "--by=path: within 3x of --count",
	    sprintf("%.2fx", b / h), (b / h <= 3 ? "PASS" : "MISS")
}'

# The annotating filter on the same log, beside the awk program one
# would write instead (the names from hsc --list-codes, looked up by
# $9) and beside cat, the floor of copying the file at all.  Targets:
# 10x faster than awk, within 3x of cat.  A file this large is read in
# parts, one thread per processor; one thread, as a stream from a pipe
# is read, is shown beside it (no target).
"$hsc" --list-codes >"$work/names.tsv"
cat >"$work/annotate.awk" <<'EOF'
NR == FNR { split($0, f, "\t"); name[f[1]] = f[2]; next }
$9 in name { print $0 "\t# " $9 " " name[$9]; next }
{ print }
EOF
t_ann=$(triage "'$hsc' --annotate '$log'")
t_ann1=$(triage "HSC_THREADS=1 '$hsc' --annotate '$log'")
t_awka=$(triage "awk -f '$work/annotate.awk' '$work/names.tsv' '$log'")
t_cat=$(triage "cat '$log'")
echo ""
echo "Annotating ($(wc -l <"$log") lines; $(nproc 2>/dev/null || echo '?') CPUs)"
awk -v h="$t_ann" -v o="$t_ann1" -v a="$t_awka" -v c="$t_cat" 'BEGIN {
	printf "%-44s %9s %9s\n", "command", "median ms", "/hsc"
	printf "%-44s %9.1f %9s\n", "hsc --annotate", h * 1000, "1.00"
	printf "%-44s %9.1f %9.2f\n", "HSC_THREADS=1 hsc --annotate", o * 1000,
	    o / h
	printf "%-44s %9.1f %9.2f\n", "awk: print $0 \"\\t# \" $9 \" \" name[$9]",
	    a * 1000, a / h
	printf "%-44s %9.1f %9.2f\n", "cat", c * 1000, c / h
	printf "%-48s %10s  %s\n", "hsc --annotate: 10x faster than awk",
	    sprintf("%.1fx", a / h), (a / h >= 10 ? "PASS" : "MISS")
	printf "%-48s %10s  %s\n", "hsc --annotate: within 3x of cat",
	    sprintf("%.2fx", h / c), (h / c <= 3 ? "PASS" : "MISS")
}'

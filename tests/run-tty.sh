#!/bin/sh
# hsc on real terminals: tmux panes of fixed sizes, 40, 80 and 200
# columns, and what their screens show.  Lines wrap to the pane and no
# joined screen line is wider than it; Korean summaries start in one
# screen column; codes are coloured; output taller than the pane goes
# through the pager (a fake one that records what it got, and the real
# less, which q ends with status 0 and no message), and nothing else
# does.
#
# usage: tests/run-tty.sh      (HSC=path/to/hsc picks the binary)
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
hsc=${HSC:-$top/hsc}
case $hsc in /*) ;; *) hsc=$(pwd)/$hsc ;; esac
work=$(mktemp -d) || exit 2
sock=hsc-tty-$$
tmx() {
	tmux -u -L "$sock" -f "$work/tmux.conf" "$@"
}
trap 'tmx kill-server >/dev/null 2>&1; rm -rf "$work"' EXIT INT TERM

# shellcheck source=tests/lib.sh
. "$top/tests/lib.sh"

if ! command -v tmux >/dev/null 2>&1; then
	echo "tty: 0 passed, 1 failed (tmux is not installed: make test-deps)"
	exit 1
fi
# No status line: the pane is the whole window, W x H.
printf 'set -g status off\nset -g history-limit 20000\n' >"$work/tmux.conf"

# A pager that records that it ran, with what environment, and keeps
# what it read; a second one, to tell HSC_PAGER from PAGER.
for p in pager pager2; do
	cat >"$work/$p" <<EOF
#!/bin/sh
echo "ran LESS=\${LESS-unset} LV=\${LV-unset} args=\$*" >'$work/$p.ran'
cat >'$work/$p.in'
EOF
	chmod +x "$work/$p"
done

# maxw FILE: the widest line of FILE in display columns (Python's
# East Asian widths, as tests/width-sweep.py), escapes left out.
maxw() {
	python3 -c '
import re, sys, unicodedata
w = 0
for line in open(sys.argv[1], encoding="utf-8"):
    line = re.sub("\x1b\\[[0-9;]*m", "", line.rstrip("\n"))
    w = max(w, sum(2 if unicodedata.east_asian_width(c) in "WF" else 1
                   for c in line))
print(w)' "$1"
}

# settle NAME: waits (5 s at most) for the screen of NAME to stop
# changing, then keeps it in $work/NAME.screen (wrapped rows joined,
# the history too) and, with the colours, $work/NAME.esc.
settle() {
	i=0
	: >"$work/$1.screen"
	while [ $i -lt 50 ]; do
		tmx capture-pane -p -J -S - -t "$1" >"$work/$1.now" 2>/dev/null
		if [ -s "$work/$1.now" ] &&
		    cmp -s "$work/$1.now" "$work/$1.screen"; then
			break
		fi
		cp "$work/$1.now" "$work/$1.screen"
		sleep 0.1
		i=$((i + 1))
	done
	tmx capture-pane -p -e -J -S - -t "$1" >"$work/$1.esc"
}

# start W H NAME COMMAND: runs COMMAND (sh) in a new W x H pane, in a
# clean environment as tmux gives it (TERM=screen), hsc first in PATH;
# its exit status goes to $work/NAME.rc.
start() {
	cat >"$work/$3.sh" <<EOF
cd '$work' || exit 2
$4
echo \$? >'$work/$3.rc.tmp' && mv '$work/$3.rc.tmp' '$work/$3.rc'
exec sleep 600
EOF
	rm -f "$work/$3.rc" "$work/pager.ran" "$work/pager2.ran"
	tmx new-session -d -s "$3" -x "$1" -y "$2" \
	    "env -i PATH='$work/bin:/usr/bin:/bin' HOME='$work' \
	    LC_ALL=C.UTF-8 TERM=screen sh '$work/$3.sh'"
}

# finish NAME: waits (10 s at most) for NAME's command to end, keeps
# its screen and closes its pane.
finish() {
	i=0
	while [ ! -f "$work/$1.rc" ] && [ $i -lt 100 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	settle "$1"
	tmx kill-session -t "$1" 2>/dev/null
}

# run W H NAME COMMAND: start and finish.
run() {
	start "$@"
	finish "$3"
}

mkdir "$work/bin"
ln -s "$hsc" "$work/bin/hsc"
# The server itself, so that every session below is one command.
tmx new-session -d -s keep -x 80 -y 24 "exec sleep 600"

# --- Wrapping to the pane -------------------------------------------
for w in 40 80 200; do
	for l in en ko; do
		run $w 50 "long$w$l" "hsc --no-pager --lang=$l -l 503 404"
		check "$w columns, $l: -l 503 404 exits 0" \
		    grep -qx 0 "$work/long$w$l.rc"
		check "$w columns, $l: no screen line of -l wider than the pane" \
		    [ "$(maxw "$work/long$w$l.screen")" -le $w ]
		run $w 50 "list$w$l" "hsc --no-pager --lang=$l 5xx"
		check "$w columns, $l: no screen line of 5xx wider than the pane" \
		    [ "$(maxw "$work/list$w$l.screen")" -le $w ]
	done
done
check "40 columns: -l fills the pane (lines of 36 to 40)" \
    [ "$(maxw "$work/long40en.screen")" -ge 36 ]
check "200 columns: paragraphs at the measure, 100 at most" sh -c "
    [ \$(grep '^    [A-Za-z]' '$work/long200en.screen' | grep -v '  [A-Z]' |
    tee '$work/paras' | wc -l) -gt 5 ] &&
    [ \$(awk '{ print length }' '$work/paras' | sort -n | tail -1) -le 100 ] &&
    [ \$(awk '{ print length }' '$work/paras' | sort -n | tail -1) -ge 90 ]"
check "200 columns: the list uses the pane's width (lines over 100)" \
    [ "$(maxw "$work/list200en.screen")" -gt 100 ]

# --- Korean alignment: summaries in one screen column ----------------
# A row is "CODE  NAME  SUMMARY", or "CODE  NAME" with the summary on
# the next line; either way the summary starts in the same column.
cols() {
	python3 -c '
import re, sys, unicodedata
def w(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in s)
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
seen = set()
rows = 0
for i, line in enumerate(lines):
    if not re.match(r"\d{3}  ", line):
        continue
    rows += 1
    m = re.match(r"(\d{3}  .*?\S)  +(?=\S)", line)
    if m:
        seen.add(w(line[:m.end()]))
    elif i + 1 < len(lines):
        nxt = lines[i + 1]
        seen.add(len(nxt) - len(nxt.lstrip(" ")))
print(rows, " ".join(str(c) for c in sorted(seen)))' "$1"
}
run 200 80 align "hsc --no-pager --lang=ko 4xx"
cols "$work/align.screen" >"$work/align.cols"
read -r rows at <"$work/align.cols"
check "200 columns, Korean 4xx: $rows rows, summaries in one column ($at)" \
    sh -c "[ '$rows' -ge 20 ] && [ \$(wc -w <'$work/align.cols') = 2 ]"
run 80 80 stacked "hsc --no-pager --lang=ko 4xx"
check "80 columns, Korean 4xx: each summary under its name, at column 5" \
    sh -c "! grep -v '^[0-9][0-9][0-9]  ' '$work/stacked.screen' |
    grep . | grep -qv '^     [^ ]'"

# --- Colours ----------------------------------------------------------
run 80 24 colour "hsc --no-pager 404 418 503 200"
check "colour: 4xx yellow on the screen" grep -q '\[33m404' "$work/colour.esc"
check "colour: 5xx red on the screen" grep -q '\[31m503' "$work/colour.esc"
check "colour: 2xx green on the screen" grep -q '\[32m200' "$work/colour.esc"
run 80 24 nocolour "NO_COLOR=1 hsc --no-pager 404"
check "NO_COLOR: no colour on the screen" \
    sh -c "! grep -q '\[3[0-9]m' '$work/nocolour.esc'"

# --- The pager --------------------------------------------------------
run 80 24 paged "PAGER='$work/pager' hsc -l 499"
check "taller than the pane: the pager runs, LESS=FRX, LV=-c" \
    grep -qx 'ran LESS=FRX LV=-c args=' "$work/pager.ran"
check "the pager gets the whole output" \
    grep -q 'Token Required' "$work/pager.in"
check "the pager gets the colours the terminal would" \
    grep -q "$(printf '\033')\[1;33m499" "$work/pager.in"
w=$(maxw "$work/pager.in")
check "the pager gets the pane's width: 80 at most, more than 70 ($w)" \
    sh -c "[ $w -le 80 ] && [ $w -gt 70 ]"
check "the pager's hsc exits 0" grep -qx 0 "$work/paged.rc"
run 80 24 hscpager "HSC_PAGER='$work/pager2' PAGER='$work/pager' hsc -l 499"
check "HSC_PAGER comes before PAGER" sh -c "[ -f '$work/pager2.ran' ] &&
    [ ! -f '$work/pager.ran' ]"
run 80 24 less "LESS=-R PAGER='$work/pager' hsc -l 499"
check "LESS set: the pager gets it as it is" \
    grep -q 'ran LESS=-R ' "$work/pager.ran"
run 80 24 short "PAGER='$work/pager' hsc 404"
check "one screen or less: no pager, the output on the screen" sh -c "
    [ ! -f '$work/pager.ran' ] && grep -q '^404  Not Found' '$work/short.screen'"
for how in "hsc --no-pager -l 499" "PAGER= hsc -l 499" "HSC_PAGER= hsc -l 499" \
    "PAGER=cat hsc -l 499"; do
	run 80 24 off "PAGER=\${PAGER-'$work/pager'} $how"
	check "no pager: $how" sh -c "[ ! -f '$work/pager.ran' ] &&
	    grep -q 'Token Required' '$work/off.screen' &&
	    grep -qx 0 '$work/off.rc'"
done
run 80 24 pipe "PAGER='$work/pager' hsc -l 499 | cat >/dev/null"
check "a pipe is never paged" [ ! -f "$work/pager.ran" ]
run 80 24 jsonpipe "PAGER='$work/pager' hsc -j -a | cat >/dev/null"
check "JSON to a pipe is never paged" [ ! -f "$work/pager.ran" ]
run 80 24 nopager "PAGER=/nonexistent/pager hsc -l 499"
check "a pager that cannot start: reported, output written, status 0" sh -c "
    grep -q \"^hsc: cannot run the pager '/nonexistent/pager'\" \
    '$work/nopager.screen' && grep -q 'Token Required' '$work/nopager.screen' &&
    grep -qx 0 '$work/nopager.rc'"
run 80 24 shpager "PAGER='nosuchpager -x;' hsc -l 499"
check "a shell pager that cannot start: output written, status 0" sh -c "
    grep -q 'Token Required' '$work/shpager.screen' &&
    grep -qx 0 '$work/shpager.rc'"

# The real less: the first screen, then q.
if command -v less >/dev/null 2>&1; then
	start 80 24 realless "unset LESS PAGER; hsc -a -l"
	i=0
	while [ $i -lt 50 ]; do
		tmx capture-pane -p -t realless >"$work/realless.now"
		grep -q '^:' "$work/realless.now" && break
		sleep 0.1
		i=$((i + 1))
	done
	tmx capture-pane -p -e -t realless >"$work/realless.first"
	check "less: the first screen, coloured, with its prompt" sh -c "
	    grep -q '^:' '$work/realless.now' &&
	    grep -q '\[1m000\|\[3[0-9]m100' '$work/realless.first'"
	check "less: the first screen fits the pane" \
	    [ "$(maxw "$work/realless.now")" -le 80 ]
	tmx send-keys -t realless q
	finish realless
	check "less: q ends hsc with status 0" grep -qx 0 "$work/realless.rc"
	check "less: and no message" sh -c "! grep -q 'hsc:' '$work/realless.screen'"
	start 40 12 lessko "unset LESS PAGER; hsc --lang=ko -l 502"
	sleep 0.5
	tmx send-keys -t lessko q
	finish lessko
	check "less, Korean, 40 columns: q, status 0, no message" sh -c "
	    grep -qx 0 '$work/lessko.rc' && ! grep -q 'hsc:' '$work/lessko.screen'"
else
	bad "less is not installed (make test-deps)"
fi

echo "tty: $pass passed, $fail failed"
[ $fail = 0 ]

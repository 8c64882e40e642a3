#!/bin/sh
# Checks of hsc that golden files cannot express: its JSON read by the
# real jq, writes to a full disk and a closed pipe, a real terminal
# (through script(1)), and properties of whole outputs.
#
# usage: tests/run-checks.sh      (HSC=path/to/hsc picks the binary)
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
hsc=${HSC:-$top/hsc}
case $hsc in /*) ;; *) hsc=$(pwd)/$hsc ;; esac
work=$(mktemp -d) || exit 2
trap 'rm -rf "$work"' EXIT INT TERM

# A clean environment, as for the golden tests.
unset COLUMNS NO_COLOR HSC_LANG LANG LC_MESSAGES
LC_ALL=C.UTF-8
TERM=dumb
export LC_ALL TERM

# shellcheck source=tests/lib.sh
. "$top/tests/lib.sh"

# --- JSON, read by jq ---------------------------------------------------
n_json=$("$hsc" --json 4xx | jq length)
n_text=$("$hsc" 4xx | wc -l)
check "jq length of 4xx equals the text lines" [ "$n_json" -eq "$n_text" ]
check "jq reads the phrase of 404" \
    [ "$("$hsc" --json 404 | jq -r '.[0].phrase')" = "Not Found" ]
check "json: both meanings of 499" \
    [ "$("$hsc" -j 499 | jq -r 'map(.origin) | join(",")')" = \
    "nginx,Esri ArcGIS" ]
check "json: --all has every code, ascending" \
    sh -c "'$hsc' -j -a | jq -e 'length >= 95 and
    (map(.code) == (map(.code) | sort))' >/dev/null"
check "json: every object has the documented keys in order" \
    sh -c "'$hsc' -j -a | jq -e 'all(.[]; keys_unsorted == [\"code\",
    \"phrase\",\"aliases\",\"name\",\"class\",\"kind\",\"official\",
    \"origin\",\"spec\",\"see_also\",\"headers\",\"summary\",\"detail\",
    \"causes\",\"constants\",\"constant_versions\",\"id\",\"substatus\",
    \"substatuses\",\"see_also_ids\",\"sources\",\"match\"])' >/dev/null"
check "json: types" sh -c "'$hsc' -j -a | jq -e 'all(.[];
    (.code|type)==\"number\" and (.aliases|type)==\"array\" and
    (.official|type)==\"boolean\" and (.see_also|all(type==\"number\")) and
    (.summary.en|type)==\"string\" and (.summary.ko|type)==\"string\" and
    (.causes.ko|type)==\"array\" and (.constants|type)==\"object\" and
    (.id|type)==\"string\" and (.sources|all(type==\"string\")) and
    if .code >= 100 and .code <= 599
    then .class==(((.code/100)|floor|tostring)+\"xx\")
    else .class==null end)' >/dev/null"
# Every library's names, the current one first, with well-formed versions.
cat >"$work/versions.jq" <<'EOF'
all(.[]; . as $e |
  (.constant_versions | keys_unsorted) == (.constants | keys_unsorted) and
  all(.constant_versions | to_entries[];
    (.value | length) >= 1 and
    all(.value[]; keys_unsorted == ["name", "since", "until", "deprecated"]
      and (.name | type) == "string" and
      all(.since, .until, .deprecated;
        . == null or test("^[0-9]+([.][0-9]+)*$")))) and
  all(.constants | to_entries[]; .value == $e.constant_versions[.key][0].name))
EOF
check "json: constant_versions: the current name first, versions well-formed" \
    sh -c "'$hsc' -j -a | jq -e -f '$work/versions.jq' >/dev/null"
check "json: 413's constants say when they hold" sh -c "'$hsc' -j 413 |
    jq -e '.[0].constant_versions.spring ==
    [{\"name\":\"HttpStatus.CONTENT_TOO_LARGE\",\"since\":\"7.0\",
      \"until\":null,\"deprecated\":null},
     {\"name\":\"HttpStatus.PAYLOAD_TOO_LARGE\",\"since\":null,
      \"until\":null,\"deprecated\":\"7.0\"},
     {\"name\":\"HttpStatus.REQUEST_ENTITY_TOO_LARGE\",\"since\":null,
      \"until\":\"7.0\",\"deprecated\":\"4.1\"}] and
    .[0].constants.spring == \"HttpStatus.CONTENT_TOO_LARGE\"' >/dev/null"
# IIS substatus codes, 000 and 999: the shape, and where they appear.
cat >"$work/subs.jq" <<'EOF'
(map([.id, .origin]) | unique | length) == length and
(map(.id) as $ids | all(.[]; all(.see_also_ids[]; . as $s | $ids | index($s)))) and
all(.[] | select(.substatus != null);
  .origin == "Microsoft IIS" and .id == "\(.code).\(.substatus)" and
  any(.sources[]; test("^https?://([a-z-]+[.])*microsoft[.]com/"))) and
all(.[] | select(.substatus == null); .id == (.code | tostring |
  if length < 3 then ("00" + .)[-3:] else . end)) and
all(.[] | select(.substatuses != []);
  . as $e | .substatus == null and
  (.substatuses | all(startswith("\($e.code)."))))
EOF
check "json: ids unique per origin, references resolve, substatus from IIS" \
    sh -c "'$hsc' -j -a | jq -e -f '$work/subs.jq' >/dev/null"
check "json: 500.19, and 500's substatus codes" sh -c "
    '$hsc' -j 500.19 | jq -e '.[0] | .code == 500 and .substatus == 19 and
      .id == \"500.19\"' >/dev/null &&
    '$hsc' -j 500 | jq -e '.[0].substatuses | index(\"500.19\") and
      index(\"500.21\")' >/dev/null"
check "json: classes, patterns and ranges list no substatus, no 000 or 999" \
    sh -c "'$hsc' -j 5xx 4xx x99 x0x 100-599 | jq -e 'all(.[]; .substatus == null
      and .code >= 100 and .code <= 599)' >/dev/null"
check "json: 000 and 0 are no response, not a status" sh -c "
    [ \"\$('$hsc' -j 0)\" = \"\$('$hsc' -j 000)\" ] &&
    '$hsc' -j 000 | jq -e '.[0] | .code == 0 and .kind == \"pseudo\" and
      .official == false and .class == null' >/dev/null"
check "999 is LinkedIn's; 998 is no code" sh -c "
    '$hsc' -j 999 | jq -e '.[0].origin == \"LinkedIn\"' >/dev/null &&
    ! '$hsc' 998 2>/dev/null"
check "json: the same whatever the language" sh -c \
    "[ \"\$('$hsc' -j --lang=ko 404)\" = \"\$('$hsc' -j --lang=en 404)\" ]"
check "json: no colour even when asked" sh -c \
    "! '$hsc' -j --color=always 404 | grep -q \"\$(printf '\\033')\""
check "json: search results" \
    [ "$("$hsc" -j teapot | jq '.[0].code')" = 418 ]
check "json: a search says where it matched, a lookup does not" sh -c \
    "[ \"\$('$hsc' -j teapot | jq -r '.[0].match')\" = name ] &&
    [ \"\$('$hsc' -j 404 | jq -r '.[0].match')\" = null ] &&
    '$hsc' -j client_max_body_size | jq -e 'all(.[]; .match | IN(\"name\",
    \"summary\", \"causes\", \"detail\"))' >/dev/null"
check "json: several queries, each code once" sh -c \
    "[ \"\$('$hsc' -j 404 not found 4xx | jq '[.[].id] | length')\" = \
    \"\$('$hsc' -j 404 not found 4xx | jq '[.[] | [.id, .origin]] |
    unique | length')\" ]"
check "json: unofficial codes say so" \
    [ "$("$hsc" -j 444 | jq -r '.[0] | "\(.official) \(.kind)"')" = \
    "false unofficial" ]
check "json: detail paragraphs split by a blank line" \
    sh -c "'$hsc' -j 404 | jq -e '.[0].detail.en | test(\"\\n\\n\")' \
    >/dev/null"

# --- Output errors --------------------------------------------------------
"$hsc" 404 >/dev/full 2>"$work/err"
rc=$?
check "/dev/full: exit status 2" [ $rc -eq 2 ]
check "/dev/full: one message" \
    grep -qx 'hsc: write error: No space left on device' "$work/err"
"$hsc" --all --long >/dev/full 2>/dev/null
check "/dev/full with --all --long: exit status 2" [ $? -eq 2 ]
"$hsc" 404 >&- 2>"$work/err"
rc=$?
check "closed stdout: exit status 2" [ $rc -eq 2 ]
check "closed stdout: a message" grep -q '^hsc: write error' "$work/err"
"$hsc" -a -l 2>"$work/err" | head -1 >/dev/null
check "| head -1 ends quietly" [ ! -s "$work/err" ]
"$hsc" -a -l -j 2>"$work/err" | head -c1 >/dev/null
check "| head -c1 ends quietly" [ ! -s "$work/err" ]
# A writer that keeps its pipe open for 5 s: a lookup that read stdin
# would wait for it, and would print what it read.
check "stdin is never read for a lookup" sh -c "{ sleep 5; echo 502; } |
    timeout 2 '$hsc' 404 | grep -c '^[0-9]' | grep -qx 1"

# --- Properties of whole outputs ----------------------------------------
check "short: one line per code" \
    [ "$("$hsc" -a | wc -l)" -eq "$("$hsc" -a -j | jq length)" ]
check "grep finds a code in the piped list" \
    sh -c "'$hsc' 5xx | grep -q '^504  Gateway Timeout '"
check "pipe: no wrapping" sh -c "[ \$('$hsc' -l 502 | wc -L) -gt 200 ]"
check "help fits 80 columns" sh -c "[ \$('$hsc' --help | wc -L) -le 80 ]"
check "Korean help fits 80 columns" \
    sh -c "[ \$('$hsc' --help --lang=ko | wc -L) -le 80 ]"
check "version names hsc and libunistring" \
    sh -c "'$hsc' --version | grep -q '^hsc [0-9]' &&
    '$hsc' --version | grep -q '^libunistring [0-9]'"
check "version names the IANA registry's date" \
    sh -c "'$hsc' --version | grep -Eqx 'IANA HTTP Status Code Registry, updated [0-9]{4}-[0-9]{2}-[0-9]{2}' &&
    '$hsc' --version --lang=ko | grep -Eqx 'IANA HTTP 상태 코드 레지스트리, [0-9]{4}-[0-9]{2}-[0-9]{2} 갱신본'"
check "-h is --help" sh -c "[ \"\$('$hsc' -h)\" = \"\$('$hsc' --help)\" ]"

# --- A real terminal ----------------------------------------------------
if command -v script >/dev/null 2>&1; then
	tty_run() {
		TERM=xterm script -qec "stty cols $1 2>/dev/null; $2" /dev/null \
		    </dev/null | tr -d '\r'
	}
	tty_run 50 "'$hsc' 4xx" >"$work/tty"
	check "tty: wraps at the terminal's width" \
	    sh -c "[ \$(sed 's/\x1b\[[0-9;]*m//g' '$work/tty' | wc -L) -le 50 ]"
	check "tty: colour on" grep -q "$(printf '\033')\[1;33m404" "$work/tty"
	tty_run 50 "NO_COLOR=1 '$hsc' 404" >"$work/tty"
	check "tty: NO_COLOR turns colour off" \
	    sh -c "! grep -q \"\$(printf '\\033')\" '$work/tty'"
	tty_run 50 "TERM=dumb '$hsc' 404" >"$work/tty"
	check "tty: TERM=dumb turns colour off" \
	    sh -c "! grep -q \"\$(printf '\\033')\" '$work/tty'"
	tty_run 50 "'$hsc' --width=0 -l 404" >"$work/tty"
	check "tty: --width=0 does not wrap" \
	    sh -c "[ \$(wc -L <'$work/tty') -gt 50 ]"
	tty_run 50 "'$hsc' 404 --color=never" >"$work/tty"
	check "tty: stdin is a terminal and hsc does not wait" \
	    grep -q '^404' "$work/tty"
	tty_run 50 "printf 'HTTP/2 404 \\r\\n' | '$hsc' -A" >"$work/tty"
	check "tty: --annotate colours the annotation" \
	    grep -q "404 $(printf '\t\033')\[1;33m# 404 Not Found" "$work/tty"
	tty_run 50 "printf 'HTTP/2 404 \\r\\n' | '$hsc' -A | cat" >"$work/tty"
	check "tty: --annotate into a pipe: no colour" sh -c "
	    grep -q '# 404 Not Found' '$work/tty' &&
	    ! grep -q \"\$(printf '\\033')\" '$work/tty'"
fi

# --- The constants, checked by the real languages -------------------------
if command -v python3 >/dev/null 2>&1; then
	"$hsc" -j -a >"$work/all.json"
	check "python: each const.python holds in this Python as its versions say" \
	    python3 -c '
import json, sys
from http import HTTPStatus
here = sys.version_info[:2]
def version(s):
    return tuple(int(x) for x in s.split("."))
ours = {}
for e in json.load(open(sys.argv[1])):
    for k in e["constant_versions"].get("python", []):
        attr = k["name"].split(".", 1)[1]
        holds = ((k["since"] is None or version(k["since"]) <= here) and
                 (k["until"] is None or here < version(k["until"])))
        got = getattr(HTTPStatus, attr, None)
        if holds and got != e["code"]:
            sys.exit("%d: HTTPStatus has no %s" % (e["code"], attr))
        if not holds and got is not None:
            sys.exit("%d: %s is in this Python, against its since=/until="
                     % (e["code"], attr))
        if holds:
            ours.setdefault(e["code"], []).append(attr)
for s in HTTPStatus:
    if s.value not in ours:
        sys.exit("%d %s: no const.python in data/" % (s.value, s.name))
    # The first name that holds is the name HTTPStatus gives the value.
    if ours[s.value][0] != s.name:
        sys.exit("%d: this Python calls it %s, data/ names %s first"
                 % (s.value, s.name, ours[s.value][0]))
' "$work/all.json"
else
	echo "skip: python3 is not installed"
fi
if command -v node >/dev/null 2>&1; then
	"$hsc" -j -a >"$work/all.json"
	check "node: every const.http2 is http2.constants', and all there" node -e '
const c = require("http2").constants;
const all = JSON.parse(require("fs").readFileSync(process.argv[1]));
const ours = new Set();
for (const e of all)
	for (const k of e.constant_versions.http2 || []) {
		const name = k.name.replace(/^http2[.]constants[.]/, "");
		if (c[name] !== e.code)
			throw new Error(e.code + ": http2.constants has no " + name);
		ours.add(name);
	}
for (const name of Object.keys(c))
	if (name.startsWith("HTTP_STATUS_") && !ours.has(name))
		throw new Error(c[name] + " " + name + ": no const.http2 in data/");
' "$work/all.json"
	check "node: const.node only where http.STATUS_CODES differs" node -e '
const http = require("http");
const all = JSON.parse(require("fs").readFileSync(process.argv[1]));
for (const e of all) {
	const n = http.STATUS_CODES[e.code];
	const ours = all.filter((x) => x.code === e.code)
	    .map((x) => x.constants.node || x.phrase);
	if (e.constants.node && e.constants.node === e.phrase)
		throw new Error(e.code + ": const.node repeats the phrase");
	if (n && !ours.includes(n))
		throw new Error(e.code + ": Node says " + n);
	if (!n && e.constants.node)
		throw new Error(e.code + ": Node has no phrase");
}' "$work/all.json"
else
	echo "skip: node is not installed"
fi

# --- UI words in the selected language ---------------------------------
"$hsc" -l --lang=ko 404 >"$work/ko.txt"
check "Korean long view: Korean headings" sh -c "grep -q '흔한 원인' \
    '$work/ko.txt' && grep -q '^    명세 ' '$work/ko.txt' &&
    grep -q '^    함께 보기 ' '$work/ko.txt' && grep -q '^    종류 ' '$work/ko.txt'"
check "Korean long view: no English headings" sh -c "! grep -qE \
    'See also|Specification|Common causes|Kind' '$work/ko.txt'"
check "Korean class names" sh -c "'$hsc' --lang=ko 299 | grep -q '2xx 성공'"
check "English long view: English headings" sh -c "'$hsc' -l 404 |
    grep -q '^    See also ' && ! '$hsc' -l 404 | grep -q '함께 보기'"

# --- Log triage (--count) -----------------------------------------------
# The counts must equal those of awk '{print $9}' | sort | uniq -c on the
# same generated logs.
for seed in 1 2 3; do
	sh "$top/tests/gen-log.sh" 20000 "$seed" >"$work/access.log"
	"$hsc" -c -j "$work/access.log" |
	    jq -r '.codes[] | "\(.count) \(.code)"' | sort >"$work/hsc.txt"
	awk '{print $9}' "$work/access.log" | sort | uniq -c |
	    awk '{print $1, $2}' | sort >"$work/awk.txt"
	check "count: same as awk|sort|uniq, seed $seed" \
	    cmp -s "$work/hsc.txt" "$work/awk.txt"
done
check "count: JSON totals add up" sh -c "'$hsc' -c -j '$work/access.log' |
    jq -e '.total == 20000 and .skipped == 0 and
    (.codes | map(.count) | add) == .total and
    (.classes | map(.count) | add) == .total and
    ((.codes | map(.share) | add) - 1 | fabs) < 0.01 and
    (.codes[0] | keys_unsorted) ==
    [\"code\",\"count\",\"share\",\"phrase\",\"class\",\"kind\",
    \"generated\",\"passed\",\"substatus\"] and
    (.classes[0] | keys_unsorted) ==
    [\"class\",\"count\",\"share\",\"generated\",\"passed\"] and
    keys_unsorted == [\"total\",\"skipped\",\"codes\",\"classes\",
    \"formats\"] and .formats == {\"combined\": 20000}'
    >/dev/null"
gzip -c "$work/access.log" >"$work/access.log.gz"
check "count: zcat | hsc -c reads a gzipped log" sh -c \
    "zcat '$work/access.log.gz' | '$hsc' -c -j | jq -e '.total == 20000' \
    >/dev/null"
# A 10 MiB request line, binary garbage and invalid UTF-8 around it.
{
	echo 404
	printf '1.2.3.4 - - [d] "GET /'
	head -c 10485760 /dev/zero | tr '\0' a
	printf ' HTTP/1.1" 414 0\n'
	awk 'BEGIN { for (i = 1; i < 256; i++) if (i != 10) printf "%c", i;
	    print "" }'
	printf '\377\376 "\200" 503 x\n200\n'
} >"$work/odd.log"
"$hsc" -c -j "$work/odd.log" >"$work/odd.json" 2>"$work/odd.err"
check "count: a 10 MiB line, garbage and bad UTF-8" \
    jq -e '.total == 4 and .skipped == 1' "$work/odd.json"
check "count: skipped lines reported once, with the first" \
    grep -qx 'hsc: skipped 1 line with no status code (the first: .*odd.log:3)' \
    "$work/odd.err"

# --- Log formats: the vendors' examples against the oracles ------------
# tests/logs/expected.tsv and expected-origin.tsv come from awk and jq
# (tests/logs/oracles.sh), which share nothing with hsc.
logs=$top/tests/logs
tab=$(printf '\t')
# tsv FILE...: hsc's tally of each file in the form of expected.tsv.
tsv() {
	for f in "$@"; do
		"$hsc" -c -j "$f" 2>/dev/null | jq -r --arg f "$(basename "$f" .gz)" '
		    (.codes[] | "\($f)\t\(if .code == 0 then "000" else .code end)\t\(.count)"),
		    (.codes[] | .code as $c | .substatus[] |
		      "\($f)\t\($c).\(.substatus)\t\(.count)"),
		    "\($f)\tskipped\t\(.skipped)"'
	done | LC_ALL=C sort -t "$tab" -k1,1 -k2,2
}
# origin FILE...: the form of expected-origin.tsv.
origin() {
	for f in "$@"; do
		"$hsc" -c -j "$f" 2>/dev/null | jq -r --arg f "$(basename "$f")" '
		    .codes[] | select(.generated != null) |
		    "\($f)\t\(if .code == 0 then "000" else .code end)\t\(.generated)\t\(.passed)"'
	done | LC_ALL=C sort -t "$tab" -k1,1 -k2,2
}
tsv "$logs"/*.log >"$work/tally.tsv"
check "logs: every tally equals the oracles' (expected.tsv)" \
    diff -u "$logs/expected.tsv" "$work/tally.tsv"
origin "$logs"/aws-alb.log "$logs"/aws-clb.log "$logs"/cloudflare.log \
    "$logs"/traefik.log >"$work/origin.tsv"
check "logs: proxy and backend counts equal the oracles' (expected-origin.tsv)" \
    diff -u "$logs/expected-origin.tsv" "$work/origin.tsv"
# nginx JSON's upstream_status (no oracle file): the last server tried
# answered; an empty one means nginx answered itself.
jq -r '"\(.status) \(.upstream_status | split(", ") | last // "-")"' \
    "$logs/nginx-json.log" | awk '{ c = $1 == "000" ? "000" : $1
	if ($2 != "-" && $2 != "" && $2 + 0 == $1 + 0 && $2 + 0 != 0) p[c]++
	else g[c]++; seen[c] = 1 }
    END { for (c in seen) printf "nginx-json.log\t%s\t%d\t%d\n", c, g[c], p[c] }' |
    LC_ALL=C sort -t "$tab" -k1,1 -k2,2 >"$work/ngx-want.tsv"
origin "$logs/nginx-json.log" >"$work/ngx-got.tsv"
check "logs: nginx upstream_status, against jq and awk" \
    diff -u "$work/ngx-want.tsv" "$work/ngx-got.tsv"
for f in caddy.log cloudfront.log combined.log envoy.log gcp.log iis.log; do
	check "logs: $f says nothing of a backend" sh -c \
	    "[ -z \"\$('$hsc' -c -j '$logs/$f' | jq '.codes[] |
	    select(.generated != null)')\" ]"
done
check "logs: the oracles agree with their files" sh "$logs/oracles.sh" check
check "logs: a client cannot choose its status (Apache \\\")" sh -c \
    "sed -n 3p '$logs/combined.log' | '$hsc' -c -j | jq -e '.codes ==
    [.codes[0]] and .codes[0].code == 200' >/dev/null"
check "logs: nor with nginx's \\x22" sh -c \
    "sed -n 12p '$logs/combined.log' | '$hsc' -c -j | jq -e '.codes[0].code ==
    404 and .total == 1' >/dev/null"
check "logs: each file is read in the format it is in" sh -c "
    for f in aws-alb:alb aws-clb:clb caddy:json cloudflare:json \
	cloudfront:cloudfront combined:combined envoy:combined gcp:json \
	iis:iis nginx-json:json traefik:json; do
	'$hsc' -c -j '$logs/'\${f%%:*}.log | jq -e --arg k \${f#*:} \
	    '.formats | keys == [\$k]' >/dev/null || { echo \$f; exit 1; }
    done"
for f in aws-alb cloudfront iis nginx-json; do
	want=$(tsv "$logs/$f.log" | cut -f2,3)
	fmt=$f
	case $f in aws-alb) fmt=alb ;; nginx-json) fmt=json ;; esac
	got=$("$hsc" -c -j --format=$fmt "$logs/$f.log" 2>/dev/null | jq -r '
	    (.codes[] | "\(if .code == 0 then "000" else .code end)\t\(.count)"),
	    (.codes[] | .code as $c | .substatus[] |
	      "\($c).\(.substatus)\t\(.count)"), "skipped\t\(.skipped)"' |
	    LC_ALL=C sort -t "$tab" -k1,1)
	check "logs: --format=$fmt reads $f.log as detection does" \
	    [ "$want" = "$got" ]
done

# --- Compressed logs: Python's gzip writes them -------------------------
if command -v python3 >/dev/null 2>&1; then
	mkdir "$work/gz"
	python3 -c '
import gzip, sys, os
src, dst = sys.argv[1], sys.argv[2]
for name in sorted(os.listdir(src)):
    if not name.endswith(".log"):
        continue
    data = open(os.path.join(src, name), "rb").read()
    open(os.path.join(dst, name + ".gz"), "wb").write(gzip.compress(data, 6))
# Two members, as cat a.gz b.gz makes: the tally of both.
a = open(os.path.join(src, "combined.log"), "rb").read()
open(os.path.join(dst, "two.gz"), "wb").write(
    gzip.compress(a[:1000]) + gzip.compress(a[1000:]))
# Cut short, and followed by junk.
z = gzip.compress(a)
open(os.path.join(dst, "short.gz"), "wb").write(z[:len(z) // 2])
open(os.path.join(dst, "junk.gz"), "wb").write(z + b"junk after it")
' "$logs" "$work/gz"
	tsv "$work"/gz/*.log.gz >"$work/tally-gz.tsv"
	check "gzip: every .gz from Python's gzip equals the plain file's tally" \
	    diff -u "$logs/expected.tsv" "$work/tally-gz.tsv"
	check "gzip: on standard input too" sh -c \
	    "'$hsc' -c -j <'$work/gz/iis.log.gz' | jq -e '.total == 24 and
	    .skipped == 8' >/dev/null"
	check "gzip: the committed combined.log.gz" sh -c \
	    "[ \"\$('$hsc' -c -j '$logs/combined.log.gz')\" = \
	    \"\$('$hsc' -c -j '$logs/combined.log')\" ]"
	check "gzip: two members, both counted" sh -c \
	    "[ \"\$('$hsc' -c -j '$work/gz/two.gz')\" = \
	    \"\$('$hsc' -c -j '$logs/combined.log')\" ]"
	"$hsc" -c "$work/gz/short.gz" >/dev/null 2>"$work/err"
	rc=$?
	check "gzip: cut short: exit status 2 and one line" sh -c \
	    "[ $rc = 2 ] && grep -qx 'hsc: .*short.gz: the gzip data ends too soon' \
	    '$work/err'"
	"$hsc" -c "$work/gz/junk.gz" >/dev/null 2>"$work/err"
	rc=$?
	check "gzip: junk after the data: counted, and said" sh -c \
	    "[ $rc = 0 ] && grep -q 'ignored the bytes after the gzip data' \
	    '$work/err'"
	check "gzip: as fast a result as zcat | hsc -c" sh -c \
	    "[ \"\$(zcat '$work/gz/aws-alb.log.gz' | '$hsc' -c)\" = \
	    \"\$('$hsc' -c '$work/gz/aws-alb.log.gz')\" ]"
else
	echo "skip: python3 is not installed"
fi
# Other compression: named, with what to run; the file is not counted.
for k in "bzip2:BZh91AY&SY" "xz:\375""7zXZ\000" "zstd:\050\265\057\375" \
    "lz4:\004\042\115\030" "zip:PK\003\004"; do
	printf "${k#*:}\n200\n" >"$work/packed"
	"$hsc" -c "$work/packed" >"$work/out" 2>"$work/err"
	rc=$?
	check "compressed with ${k%%:*}: refused, named, exit status 2" sh -c \
	    "[ $rc = 2 ] && [ ! -s '$work/out' ] &&
	    grep -q ': ${k%%:*} data: decompress it first' '$work/err'"
done

# --- Generated logs with a planted incident: --by and --timeline ------
# In every format the 502s are on /api/orders in the minute 03:10 UTC
# (12:10 in the combined log's +0900); awk and jq say how many.
for f in combined json alb iis envoy; do
	sh "$top/tests/gen-triage.sh" $f 20000 7 >"$work/t-$f.log"
done
awk '$9 == 502 { split($7, p, "?"); print p[1] }' "$work/t-combined.log" |
    sort | uniq -c | awk '{ print $2, $1 }' >"$work/want"
"$hsc" -c -j --by=path --only=502 "$work/t-combined.log" |
    jq -r '.by.groups[] | .values[] | "\(.value) \(.count)"' >"$work/got"
check "by=path: the 502s' paths, as awk counts them" \
    diff -u "$work/want" "$work/got"
awk '$9 ~ /^5/ { print $1 }' "$work/t-combined.log" | sort | uniq -c |
    sort -k1,1nr -k2,2 | head -10 | awk '{ print $2, $1 }' >"$work/want"
"$hsc" -c -j --by=client --only=5xx --top=10 "$work/t-combined.log" |
    jq -r '[.by.groups[] | .values[]] | group_by(.value) |
    map({v: .[0].value, c: (map(.count) | add)}) |
    sort_by(-.c, .v) | .[:10][] | "\(.v) \(.c)"' >"$work/got"
check "by=client: the 5xx clients, as awk counts them" \
    diff -u "$work/want" "$work/got"
jq -r 'select(.status == "502") | .time_iso8601[0:16]' "$work/t-json.log" |
    sort | uniq -c | awk '{ print $2, $1 }' >"$work/want"
"$hsc" -c -j --timeline=1m --only=502 "$work/t-json.log" |
    jq -r '.timeline.buckets[] | select(.counts[0] > 0) |
    "\(.start[0:16]) \(.counts[0])"' >"$work/got"
check "timeline: the 502s per minute, as jq counts them" \
    diff -u "$work/want" "$work/got"
check "timeline: the spike is at 12:10 on the log's clock (+09:00)" sh -c \
    "'$hsc' -c -j --timeline=1m --only=502 '$work/t-combined.log' |
    jq -e '.timeline.offset == \"+09:00\" and (.timeline.buckets |
    max_by(.counts[0]).start) == \"2026-11-21T12:10:00+09:00\"' >/dev/null"
n502=$(awk '$9 == 502' "$work/t-alb.log" | wc -l)
check "by=minute: the 502s' minute" sh -c \
    "'$hsc' -c -j --by=minute --only=502 '$work/t-alb.log' |
    jq -e '.by.groups[0].values == [{\"value\": \"2026-11-21 03:10\",
    \"count\": $n502, \"share\": 1, \"error\": 0}]' >/dev/null"
check "alb: the 502s are the load balancer's own" sh -c \
    "'$hsc' -c -j '$work/t-alb.log' | jq -e '.codes[] | select(.code ==
    502) | .generated == .count and .passed == 0' >/dev/null"
check "timeline: buckets and lines without a time add up to the total" \
    sh -c "for f in combined json alb iis envoy; do
    '$hsc' -c -j --timeline '$work/t-'\$f.log | jq -e '.total ==
    ([.timeline.buckets[].counts | add] | add) + .timeline.untimed' \
    >/dev/null || exit 1; done"
check "timeline: the chart on a width, block characters" sh -c \
    "'$hsc' -c --timeline -w 80 '$work/t-alb.log' | grep -q '^5xx .*█' &&
    [ \$('$hsc' -c --timeline -w 80 '$work/t-alb.log' | wc -L) -le 80 ]"
check "timeline: numbers in a pipe" sh -c \
    "'$hsc' -c --timeline '$work/t-alb.log' | sed -n 1p |
    grep -qx 'time *1xx *2xx *3xx *4xx *5xx' ||
    '$hsc' -c --timeline '$work/t-alb.log' | sed -n 1p | grep -q '^time '"
check "json: --by and --timeline keys" sh -c \
    "'$hsc' -c -j --by=path --timeline '$work/t-json.log' | jq -e '
    (.by | keys_unsorted) == [\"dimension\",\"top\",\"groups\"] and
    (.by.groups[0] | keys_unsorted) == [\"code\",\"count\",\"approximate\",
    \"values\",\"others\"] and (.by.groups[0].values[0] | keys_unsorted) ==
    [\"value\",\"count\",\"share\",\"error\"] and (.timeline | keys_unsorted) ==
    [\"bucket\",\"offset\",\"untimed\",\"series\",\"buckets\"] and
    (.timeline.buckets[0] | keys_unsorted) == [\"start\",\"counts\"] and
    all(.by.groups[]; .count == ([.values[].count] | add) + .others)'
    >/dev/null"
# Many distinct values: exact up to 4096 per code, then marked.
awk 'BEGIN { for (i = 0; i < 30000; i++)
    printf "h - - [d] \"GET /u%d HTTP/1.1\" 404 1\n", i % 5000 == 0 ? 0 : i;
    for (i = 0; i < 3000; i++) print "h - - [d] \"GET /hot HTTP/1.1\" 404 1" }' \
    >"$work/wide.log"
check "by: past 4096 values, approximate and marked, the hot one first" sh -c \
    "'$hsc' -c -j --by=path '$work/wide.log' | jq -e '.by.groups[0] |
    .approximate and .values[0].value == \"/hot\" and
    .values[0].count - .values[0].error <= 3000 and
    .values[0].count >= 3000' >/dev/null &&
    '$hsc' -c --by=path '$work/wide.log' | sed -n 2p | grep -q '~'"
# The parts of a large file add up to one reading of it.
cat "$logs/iis.log" "$work/t-combined.log" "$logs/iis.log" \
    "$work/t-iis.log" "$logs/cloudfront.log" >"$work/mixed.log"
for f in t-combined t-json t-alb t-iis mixed; do
	check "threads: $f read in 4 parts equals one reading" sh -c \
	    "[ \"\$(HSC_THREADS=4 '$hsc' -c -j --by=path --timeline \
	    '$work/$f.log')\" = \"\$(HSC_THREADS=1 '$hsc' -c -j --by=path \
	    --timeline '$work/$f.log')\" ]"
done

# --- What the skipped-lines message says ------------------------------
printf 'a\000b 200\n' | "$hsc" -c 2>"$work/err" >/dev/null
check "skipped: binary data said" grep -q 'binary data (NUL bytes)' "$work/err"
printf '2026-11-21T10:00:00Z GET /a 200 0.012\n' | "$hsc" -c 2>"$work/err" \
    >/dev/null
check "skipped: a field that is a code: try --field" \
    grep -q 'its field 4 looks like a status code: try --field=4' "$work/err"
printf '{"code":200}\n' | "$hsc" -c 2>"$work/err" >/dev/null
check "skipped: JSON without a status: --json-field" \
    grep -q 'name it with --json-field=PATH' "$work/err"
printf '{"code":200\n' | "$hsc" -c 2>"$work/err" >/dev/null
check "skipped: JSON cut short: not valid" grep -q 'not valid JSON' "$work/err"
: | "$hsc" -c >/dev/null 2>"$work/err"
rc=$?
check "empty input: says so, exit status 1" sh -c \
    "[ $rc = 1 ] && [ \$(wc -l <'$work/err') = 1 ] &&
    grep -q 'the input is empty' '$work/err'"

# --- Hostile environments --------------------------------------------
# Every locale setting gives an answer, never a crash or an error.
for l in unset C POSIX C.UTF-8 ko_KR.UTF-8 ko_KR.EUC-KR en_US.UTF-8 \
    xx_YY.NONSENSE '' ; do
	if [ "$l" = unset ]; then
		env -u LC_ALL -u LANG "$hsc" 404 >"$work/o" 2>"$work/e"
	else
		env LC_ALL="$l" LANG="$l" "$hsc" 404 >"$work/o" 2>"$work/e"
	fi
	rc=$?
	check "locale '$l': answers" sh -c "[ $rc = 0 ] && [ ! -s '$work/e' ] &&
	    grep -q '^404  ' '$work/o'"
done
HSC_LANG="$(printf '\033]0;x\007')" "$hsc" 404 >"$work/o" 2>"$work/e"
check "HSC_LANG bogus: English, one escaped warning" sh -c \
    "grep -q '^404  Not Found' '$work/o' && [ \$(wc -l <'$work/e') = 1 ] &&
    ! grep -q \"\$(printf '\\033')\" '$work/e'"
for c in 0 1 5 10000 abc -3 ''; do
	COLUMNS=$c "$hsc" -l 450 >"$work/o" 2>"$work/e"
	rc=$?
	check "COLUMNS='$c': answers" sh -c "[ $rc = 0 ] && [ ! -s '$work/e' ] &&
	    grep -q 'Parental' '$work/o'"
done
for w in 1 3 12 19; do
	"$hsc" -w $w -l 450 >"$work/o" 2>"$work/e"
	rc=$?
	check "--width=$w, under the narrowest: a usage error" sh -c \
	    "[ $rc = 2 ] && [ ! -s '$work/o' ] && grep -q 'invalid width' '$work/e'"
done
check "--width=20, the narrowest: whole words, no crash" \
    sh -c "'$hsc' -w 20 -l 450 4xx | grep -q Blocked"
# Linux takes at most 128 KiB in one argument: 1 MiB is ten of 100 KiB.
head -c 102400 /dev/zero | tr '\0' a >"$work/big"
big=$(cat "$work/big")
"$hsc" "$big" "$big" "$big" "$big" "$big" "$big" "$big" "$big" "$big" \
    "$big" >"$work/o" 2>"$work/e"
rc=$?
check "1 MiB of arguments: nothing found, a short message" sh -c \
    "[ $rc = 1 ] && [ \$(wc -c <'$work/e') -lt 200 ]"
"$hsc" -s "$big" 404 >"$work/o" 2>"$work/e"
check "a 100 KiB search word: nothing found" [ $? = 1 ]
# shellcheck disable=SC2046 # one argument a line, on purpose
set -- $(awk 'BEGIN { for (i = 0; i < 10000; i++) print 404 }')
"$hsc" "$@" >"$work/o" 2>"$work/e"
rc=$?
check "10,000 arguments: one answer for the code they all ask" sh -c \
    "[ $rc = 0 ] && [ \$(grep -c '^404 ' '$work/o') = 1 ]"
set --
for a in '' '   ' "$(printf 'caf\351')" "$(printf '\033]0;owned\007')" \
    "$(printf 'a\tb\rc\001d\177')" "$(printf '\302\233[31m')" \
    "$(printf -- '--\033[2J')"; do
	"$hsc" "$a" >"$work/o" 2>"$work/e"
	check "hostile argument: no control byte reaches the terminal" sh -c \
	    "! LC_ALL=C grep -q \"\$(printf '[\\001-\\010\\013-\\037\\177]')\" \
	    '$work/o' '$work/e' && ! LC_ALL=C grep -q \"\$(printf '\\302\\233')\" \
	    '$work/e'"
done

# --- Real input: stdin, a real server and curl, --annotate -----------------
# unannotated FILE ORIGINAL: taking the annotations out of FILE the way
# the manual says gives ORIGINAL, byte for byte.
unannotated() {
	LC_ALL=C sed 's/\t# [0-9]\{3\} [^\t\r]*\(\r\{0,1\}\)$/\1/' "$1" |
	    cmp - "$2"
}
# hsc 000 (curl's http_code when no response came) is answered once the
# pseudo-status records are in data/; until then the checks that need it
# are skipped, and say so.
if "$hsc" 000 >/dev/null 2>&1; then have_000=1; else have_000=; fi
check "hsc -: one query a line" sh -c "printf '404\nHTTP/2 502 \r\n' |
    '$hsc' - | grep -cE '^(404|502)  ' | grep -qx 2"
check "--color never: no colour, no search for 'never'" sh -c "
    [ \"\$('$hsc' --color never 404)\" = \"\$('$hsc' --color=never 404)\" ] &&
    ! '$hsc' --color never 404 | grep -q \"\$(printf '\\033')\""
if command -v curl >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1
then
	# A server on a free port of 127.0.0.1, killed at the end; at most
	# 60 s, whatever happens.
	mkdir "$work/www"
	(cd "$work/www" && exec timeout 60 python3 -u -m http.server 0 \
	    --bind 127.0.0.1) >"$work/server.log" 2>&1 &
	server=$!
	port=
	for _ in $(seq 50); do
		port=$(sed -n 's/.* port \([0-9][0-9]*\).*/\1/p' \
		    "$work/server.log" | head -1)
		[ -n "$port" ] && break
		sleep 0.1
	done
	if [ -n "$port" ]; then
		url=http://127.0.0.1:$port/missing
		curl -sI --max-time 10 "$url" | head -1 | "$hsc" - \
		    >"$work/o" 2>"$work/e"
		check "curl -sI | head -1 | hsc -: 404 Not Found" \
		    grep -q '^404  *Not Found  ' "$work/o"
		check "curl -sI | hsc -: the server's phrase is noted" \
		    grep -q "^hsc: 404: the reason phrase is " "$work/e"
		curl -sI --max-time 10 "$url" | "$hsc" -A >"$work/o"
		check "curl -sI | hsc -A: the status line named" sh -c "
		    head -1 '$work/o' | grep -q \"^HTTP/1\\.[01] 404 .*\$(printf \
		    '\\t')# 404 Not Found\$(printf '\\r')\\\$\""
		curl -sI --max-time 10 "$url" >"$work/raw"
		check "curl -sI | hsc -A: nothing else changed" \
		    unannotated "$work/o" "$work/raw"
	else
		bad "python3 -m http.server did not start: $(cat "$work/server.log")"
	fi
	kill "$server" 2>/dev/null
	wait "$server" 2>/dev/null
	# A port nothing listens on: curl prints 000.
	closed=$(python3 -c 'import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
	code=$(curl -s -o /dev/null --max-time 10 -w '%{http_code}' \
	    "http://127.0.0.1:$closed/")
	check "curl to a closed port prints 000" [ "$code" = 000 ]
	if [ -n "$have_000" ]; then
		echo "$code" | "$hsc" - >"$work/o" 2>"$work/e"
		check "curl -w %{http_code} | hsc -: 000 explained" sh -c "
		    grep -q '^000 ' '$work/o' && [ ! -s '$work/e' ]"
	else
		echo "skip: curl's 000 through hsc -, until hsc 000 answers" \
		    "(the pseudo-status records of data/)"
	fi
else
	bad "curl and python3 are needed (make test-deps installs them)"
fi

# --annotate streams: each line must come out before the next goes in.
check "--annotate streams line by line" timeout 30 python3 -c '
import os, select, subprocess, sys
p = subprocess.Popen([sys.argv[1], "--annotate"], stdin=subprocess.PIPE,
    stdout=subprocess.PIPE, bufsize=0)
for i, line in enumerate([b"HTTP/1.1 404 Not Found\r\n", b"x\n",
        b"1.2.3.4 - - [d] \"GET / HTTP/1.1\" 502 0\n"] * 3):
    p.stdin.write(line)
    got = b""
    while not got.endswith(b"\n"):
        r, _, _ = select.select([p.stdout], [], [], 5)
        if not r:
            sys.exit("line %d: no output after 5 s: hsc buffers" % i)
        chunk = os.read(p.stdout.fileno(), 65536)
        if not chunk:
            sys.exit("line %d: hsc ended" % i)
        got += chunk
    if not got.startswith(line.rstrip(b"\r\n")):
        sys.exit("line %d: got %r" % (i, got))
p.stdin.close()
sys.exit(p.wait())' "$hsc"
# A 10 MiB status line, a megabyte of random bytes, invalid UTF-8: the
# same bytes come back once the documented annotations are taken out.
{
	printf 'HTTP/1.1 200 '
	head -c 10485760 /dev/zero | tr '\0' a
	printf '\r\n'
	head -c 1048576 /dev/urandom
	printf '\n\377\376 "\200" 503 x\n404\n'
} >"$work/odd.in"
"$hsc" -A "$work/odd.in" >"$work/odd.out" 2>"$work/odd.err"
rc=$?
check "--annotate: a 10 MiB line and binary, exit status 0" [ $rc = 0 ]
check "--annotate: the long line is named" sh -c "
    head -c 10485800 '$work/odd.out' | LC_ALL=C grep -qa \"a$(printf '\t')# 200 OK$(printf '\r')\\\$\""
check "--annotate: the input comes back byte for byte" \
    unannotated "$work/odd.out" "$work/odd.in"
check "--annotate: one annotation a named line" sh -c "
    [ \$(LC_ALL=C grep -ac '$(printf '\t')# [0-9][0-9][0-9] ' '$work/odd.out') -ge 3 ]"
head -c 1048576 /dev/urandom >"$work/rand"
"$hsc" --annotate <"$work/rand" >"$work/rand.out"
check "--annotate: random bytes pass unchanged" \
    unannotated "$work/rand.out" "$work/rand"
"$hsc" -A "$work/rand" 2>"$work/e" | head -c 100 >/dev/null
check "--annotate | head: ends quietly" [ ! -s "$work/e" ]
"$hsc" -A "$work/rand" >/dev/full 2>"$work/e"
rc=$?
check "--annotate >/dev/full: exit status 2, one message" sh -c "[ $rc = 2 ] &&
    grep -qx 'hsc: write error: No space left on device' '$work/e'"
sh "$top/tests/gen-log.sh" 5000 7 >"$work/gen.log"
check "--annotate names every line of a generated log" sh -c "
    [ \$('$hsc' -A '$work/gen.log' | grep -c '$(printf '\t')# [1-5][0-9][0-9] ') = 5000 ]"
check "--annotate agrees with --count" sh -c "
    '$hsc' -A '$work/gen.log' | sed 's/.*$(printf '\t')# \\([0-9]*\\) .*/\\1/' |
    sort | uniq -c | awk '{print \$1, \$2}' | sort >'$work/a.txt' &&
    '$hsc' -c -j '$work/gen.log' | jq -r '.codes[] | \"\\(.count) \\(.code)\"' |
    sort >'$work/c.txt' && cmp '$work/a.txt' '$work/c.txt'"

# --- Locales ------------------------------------------------------------
if locale -a 2>/dev/null | grep -qi '^ko_KR\.euckr$'; then
	LC_ALL=ko_KR.EUC-KR "$hsc" --lang=ko 404 >"$work/euc"
	check "EUC-KR locale: output in EUC-KR" sh -c \
	    "iconv -f EUC-KR -t UTF-8 '$work/euc' | grep -q '찾을 수 없음'"
	# The EUC-KR round trip: a word typed in an EUC-KR terminal finds
	# what the same word finds in UTF-8.
	for w in 게이트웨이 '시간 초과' 요청 찾을; do
		e=$(printf '%s' "$w" | iconv -f UTF-8 -t EUC-KR)
		LC_ALL=ko_KR.EUC-KR "$hsc" -j "$e" | jq -c 'map(.code)' \
		    >"$work/euc.j"
		LC_ALL=ko_KR.UTF-8 "$hsc" -j "$w" | jq -c 'map(.code)' \
		    >"$work/utf.j"
		check "EUC-KR argument '$w' finds what UTF-8 finds" sh -c "
		    cmp -s '$work/euc.j' '$work/utf.j' &&
		    ! grep -qx '\\[\\]' '$work/euc.j'"
		printf '%s\n' "$e" | LC_ALL=ko_KR.EUC-KR "$hsc" -j - |
		    jq -c 'map(.code)' >"$work/euc.j"
		check "EUC-KR line of stdin '$w' finds what UTF-8 finds" \
		    cmp -s "$work/euc.j" "$work/utf.j"
	done
	LC_ALL=ko_KR.EUC-KR "$hsc" "$(printf '\260')" 2>"$work/e"
	rc=$?
	check "EUC-KR: an argument cut short is a usage error, in EUC-KR" \
	    sh -c "[ $rc = 2 ] && iconv -f EUC-KR -t UTF-8 '$work/e' |
	    grep -q 'EUC-KR 인코딩으로 읽을 수 없는'"
else
	echo "skip: no ko_KR.EUC-KR locale (make deps installs it)"
fi
LC_ALL=C "$hsc" --lang=ko 404 >"$work/c"
check "C locale: Korean still written as UTF-8" grep -q '찾을 수 없음' "$work/c"
LC_ALL=bogus_LOCALE "$hsc" 404 >"$work/c" 2>&1
check "nonsense locale: English, no error" grep -q '^404  Not Found' "$work/c"

echo "checks: $pass passed, $fail failed"
[ $fail = 0 ]

#!/usr/bin/env python3
# The width sweep: runs hsc's views at every width from the narrowest it
# lays out to 120, and at 200, in both languages, and measures every
# line with a display-width function of its own (Python's unicodedata:
# East Asian Wide and Fullwidth characters take two columns, others
# one), not hsc's libunistring.  No line may be wider than the width,
# except a line that holds a single word wider than the width by
# itself; those are listed, and there must be few.
#
# usage: tests/width-sweep.py HSC [MIN]
#   MIN, the narrowest width (default 20), is also checked to be the
#   narrowest hsc accepts: MIN - 1 must be a usage error.
# The last line is "sweep: N passed, M failed", as tests/check.sh reads.
import os
import subprocess
import sys
import tempfile
import unicodedata

hsc = sys.argv[1]
wmin = int(sys.argv[2]) if len(sys.argv) > 2 else 20
widths = list(range(wmin, 121)) + [200]
# At most this share of a view's lines may be excused, at any width.
budget = 0.02

env = {k: v for k, v in os.environ.items()
       if k not in ("COLUMNS", "NO_COLOR", "HSC_LANG", "LANG", "LC_MESSAGES",
                    "HSC_PAGER", "PAGER")}
env.update(LC_ALL="C.UTF-8", TERM="dumb")

wide = {}


def width(line):
    if line.isascii():
        return len(line)
    n = 0
    for c in line:
        w = wide.get(c)
        if w is None:
            w = wide[c] = 2 if unicodedata.east_asian_width(c) in "WF" else 1
        n += w
    return n


log = tempfile.NamedTemporaryFile("w", suffix=".log", delete=False)
log.write("200\n404\n")
log.write('1.2.3.4 - - [d] "GET / HTTP/1.1" 499 0 "-" "x"\n' * 3)
log.write("598\n561\n451\n")
log.close()

# A view, its arguments, its exit status (299 is unassigned: 1).
views = [
    ("-a -l", ["-a", "-l"], 0),
    ("-a", ["-a"], 0),
    ("-l classes", ["-l", "1xx", "5xx", "299"], 1),
    ("--count -l", ["-c", "-l", log.name], 0),
    ("--help", ["--help"], 0),
]
passed = failed = 0
excused = {}
worst = {}
for name, args, rc in views:
    for lang in ("en", "ko"):
        for w in widths:
            cmd = [hsc, "--lang=" + lang, "-w", str(w)] + args
            r = subprocess.run(cmd, env=env, capture_output=True)
            out = r.stdout.decode("utf-8")
            if r.returncode != rc:
                failed += 1
                print("FAIL: %s: exit status %d" % (" ".join(cmd),
                                                     r.returncode))
                continue
            lines = out.split("\n")
            bad = []
            ok_long = 0
            for line in lines:
                lw = width(line)
                if lw <= w:
                    continue
                word = line.strip()
                if " " not in word and width(word) > w:
                    ok_long += 1
                    excused.setdefault(word, set()).add(w)
                else:
                    bad.append((lw, line))
            key = (name, lang)
            if ok_long > worst.get(key, (0, 0, 0))[0]:
                worst[key] = (ok_long, w, len(lines))
            if bad or ok_long > budget * len(lines):
                failed += 1
                print("FAIL: %s: %d lines wider than %d, %d of one long "
                      "word" % (" ".join(cmd), len(bad), w, ok_long))
                for lw, line in bad[:5]:
                    print("  %3d: %s" % (lw, line))
            else:
                passed += 1
os.unlink(log.name)

# Narrower than the narrowest is refused, as a usage error.
r = subprocess.run([hsc, "-w", str(wmin - 1), "404"], env=env,
                   capture_output=True)
if r.returncode == 2 and r.stdout == b"":
    passed += 1
else:
    failed += 1
    print("FAIL: hsc -w %d 404: exit status %d, expected 2" %
          (wmin - 1, r.returncode))

# The excused words, by their width: each overflows every width below it.
print("Words wider than a line (%d), by width:" % len(excused))
for ww in sorted({width(x) for x in excused}, reverse=True):
    words = sorted(x for x in excused if width(x) == ww)
    line = "  %3d:" % ww
    for x in words:
        if width(line) + 1 + width(x) > 100:
            print(line)
            line = "      "
        line += " " + x
    print(line)
print("The most lines excused, per view:")
for (name, lang), (n, w, total) in sorted(worst.items()):
    print("  %-12s %s  %4d of %6d lines, at %d columns" %
          (name, lang, n, total, w))
print("sweep: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)

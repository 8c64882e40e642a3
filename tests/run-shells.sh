#!/bin/sh
# Checks of hsc at home in the shell: its completions driven by the real
# bash (with bash-completion), fish and zsh; its manual pages, through
# mandoc's linter and man(1); the options agreeing between --help, the
# pages and the completions; shellcheck; and make install/uninstall.
#
# usage: tests/run-shells.sh      (HSC=path/to/hsc picks the binary;
#                                  KEEP=1 keeps the work directory)
#
# Needs the Debian packages bash-completion, fish, zsh, mandoc, man-db
# and shellcheck (and make, coreutils' timeout).  A missing tool fails
# the checks that need it.  Nothing here reads stdin or needs a
# terminal: zsh gets a pseudo-terminal from its own zsh/zpty module.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
hsc=${HSC:-$top/hsc}
case $hsc in /*) ;; *) hsc=$(pwd)/$hsc ;; esac
comp=$top/completions
work=$(mktemp -d) || exit 2
if [ -n "${KEEP:-}" ]; then
	echo "work directory: $work"
else
	trap 'rm -rf "$work"' EXIT
fi
trap 'exit 2' HUP INT TERM

# A clean environment, as for the other tests.  The shells keep history
# and settings under HOME and the XDG directories: give them their own.
unset COLUMNS NO_COLOR HSC_LANG LANG LC_MESSAGES EDITOR VISUAL MANPATH \
    MANOPT MANSECT
LC_ALL=C.UTF-8
TERM=dumb
HOME=$work/home
XDG_CONFIG_HOME=$HOME/.config
XDG_DATA_HOME=$HOME/.local/share
XDG_CACHE_HOME=$HOME/.cache
export LC_ALL TERM HOME XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"

# The hsc under test comes first in PATH, under its own name: the
# completions run "hsc --list-codes".
mkdir "$work/bin"
ln -s "$hsc" "$work/bin/hsc"
PATH=$work/bin:$PATH
export PATH
# A stand-in hsc that knows a single code, 777, which the real one does
# not: offering 777 shows that the completions ask the program for the
# codes and keep no copy of the table.
mkdir "$work/fake"
cat >"$work/fake/hsc" <<'EOF'
#!/bin/sh
[ "${1:-}" = --list-codes ] && printf '777\tFake Code\n'
EOF
chmod +x "$work/fake/hsc"
# The shells run in a directory with one file, for --count to offer.
mkdir "$work/cwd"
: >"$work/cwd/access.log"
cd "$work/cwd" || exit 2

tab=$(printf '\t')
# ok, bad, check (output to $work/log: commands that check keep their
# own log in $work/run.log).
# shellcheck source=tests/lib.sh
. "$top/tests/lib.sh"
# need COMMAND PACKAGE: true if COMMAND exists; else one failure.
need() {
	if command -v "$1" >/dev/null 2>&1; then return 0; fi
	bad "$1 is not installed (Debian package $2)"
	return 1
}
# has FILE LINE...: every LINE is a whole line of FILE.
has() {
	f=$1
	shift
	for l in "$@"; do
		grep -qxF -- "$l" "$f" || { echo "no line '$l' in:"; cat "$f"
		    return 1; }
	done
}
# lacks FILE LINE...: no LINE is a whole line of FILE.
lacks() {
	f=$1
	shift
	for l in "$@"; do
		! grep -qxF -- "$l" "$f" || { echo "unwanted '$l'"; return 1; }
	done
}
# all_start FILE PREFIX: FILE is not empty and all its lines start so.
all_start() {
	[ -s "$1" ] && ! grep -v -- "^$2" "$1"
}
# same FILE1 FILE2: the same lines, in any order, both ways.
same() {
	sort -u "$1" >"$work/same.1"
	sort -u "$2" >"$work/same.2"
	diff "$work/same.1" "$work/same.2"
}
# first_col FILE: the first tab-separated column (a match from fish).
first_col() {
	cut -f1 "$1"
}
# plain: a formatted manual page as plain text, without the overstrikes
# (bold, underline) or SGR sequences that may remain in it.
bs=$(printf '\b')
esc=$(printf '\033')
plain() {
	sed -e "s/.$bs//g" -e "s/$esc\[[0-9;]*m//g"
}

# --- The options, as --help lists them ----------------------------------
# "  -l, --long   text" and "      --lang=LANG   text".
"$hsc" --help >"$work/help"
sed -n 's/^ \{2,\}\(-[A-Za-z], \)\{0,1\}--\([a-z][a-z-]*\).*/--\2/p' \
    "$work/help" | sort -u >"$work/help.long"
sed -n 's/^ \{2,\}\(-[A-Za-z]\), --.*/\1/p' "$work/help" | sort -u \
    >"$work/help.short"
cat "$work/help.long" "$work/help.short" >"$work/help.opts"
check "--help lists at least 10 long and 7 short options" sh -c "
    [ \$(wc -l <'$work/help.long') -ge 10 ] &&
    [ \$(wc -l <'$work/help.short') -ge 7 ]"
n_codes=$("$hsc" --list-codes | wc -l)
check "--list-codes lists the classes and codes" [ "$n_codes" -ge 100 ]

# --- bash, with bash-completion -----------------------------------------
# The driver sources bash-completion (unless told "none") and
# completions/hsc.bash, then for each LINE sets COMP_WORDS, COMP_CWORD,
# COMP_LINE and COMP_POINT as readline would with the cursor at the end,
# calls the function that "complete -p hsc" names, and writes COMPREPLY
# to OUTDIR/N, one match a line.
cat >"$work/driver.bash" <<'EOF'
# usage: bash driver.bash BASH_COMPLETION|none FILE OUTDIR LINE...
bc=$1 file=$2 out=$3
shift 3
if [[ $bc != none ]]; then
	# shellcheck disable=SC1090
	source "$bc" || exit 3
	if ! declare -F _init_completion >/dev/null; then
		echo "bash-completion did not load from $bc" >&2
		exit 3
	fi
fi
# shellcheck disable=SC1090
source "$file" || exit 3
spec=$(complete -p hsc) || exit 3
func=${spec##*-F }
func=${func%% *}
n=0
for line; do
	n=$((n + 1))
	# Readline splits at blanks and at the characters of
	# COMP_WORDBREAKS, of which only '=' occurs here: it is a word of
	# its own, "--lang=k" is "--lang" "=" "k", and "--lang=" is
	# "--lang" "=".  A trailing blank starts an empty word.
	words=()
	read -ra parts <<<"$line"
	for w in "${parts[@]}"; do
		while [[ $w == *=* ]]; do
			[[ -n ${w%%=*} ]] && words+=("${w%%=*}")
			words+=("=")
			w=${w#*=}
		done
		[[ -n $w ]] && words+=("$w")
	done
	[[ $line == *' ' ]] && words+=("")
	COMP_WORDS=("${words[@]}")
	COMP_CWORD=$((${#words[@]} - 1))
	COMP_LINE=$line
	COMP_POINT=${#line}
	COMP_TYPE=9
	COMP_KEY=9
	COMPREPLY=()
	# As bash calls it: command, word to complete, word before it.
	"$func" "${words[0]}" "${words[COMP_CWORD]}" \
	    "${words[COMP_CWORD - 1]}"
	: >"$out/$n"
	if ((${#COMPREPLY[@]})); then
		printf '%s\n' "${COMPREPLY[@]}" >"$out/$n"
	fi
done
EOF
bashcomp=/usr/share/bash-completion/bash_completion
have_bash=false
if need bash bash; then
	if [ -f "$bashcomp" ]; then
		have_bash=true
	else
		bad "no $bashcomp (Debian package bash-completion)"
	fi
fi
# bash_run NAME OUTDIR BASH_COMPLETION|none LINE...: runs the driver,
# with $run_path as PATH if set; true if it ran, else one failure with
# its messages.
run_path=
bash_run() {
	name=$1 o=$2 bc=$3
	shift 3
	$have_bash || return 1
	mkdir "$o"
	env PATH="${run_path:-$PATH}" \
	    timeout 60 bash --norc --noprofile "$work/driver.bash" "$bc" \
	    "$comp/hsc.bash" "$o" "$@" </dev/null >"$work/run.log" 2>&1
	rc=$?
	[ $rc = 0 ] && { ok; return 0; }
	bad "$name: the driver failed (exit status $rc)"
	cat "$work/run.log"
	return 1
}
if bash_run bash "$work/bash" "$bashcomp" \
    'hsc 40' 'hsc --la' 'hsc --lang=' 'hsc --col' 'hsc 4' \
    'hsc --color=' 'hsc -w ' 'hsc --width=8' 'hsc -' \
    'hsc --lang=k' 'hsc --lang ' 'hsc ' 'hsc teap' \
    'hsc -c ' 'hsc --fi' 'hsc --field=' 'hsc -c 40' 'hsc -lc a'; then
	o=$work/bash
	check "bash: hsc 40 offers 400, 404, 408" \
	    has "$o/1" 400 404 408
	check "bash: hsc 40 offers only 40x" all_start "$o/1" 40
	check "bash: hsc 40 offers no 500" lacks "$o/1" 500
	check "bash: hsc --la offers --lang=" has "$o/2" --lang=
	printf 'en\nko\n' >"$work/want"
	check "bash: hsc --lang= offers exactly ko and en" \
	    same "$o/3" "$work/want"
	check "bash: hsc --col offers --color=" has "$o/4" --color=
	check "bash: hsc 4 offers 4xx and 4.. codes" \
	    has "$o/5" 4xx 400 404 418 499
	check "bash: hsc 4 offers only 4..." all_start "$o/5" 4
	printf 'always\nauto\nnever\n' >"$work/want"
	check "bash: hsc --color= offers always, never, auto" \
	    same "$o/6" "$work/want"
	check "bash: hsc -w offers widths" has "$o/7" 0 80
	check "bash: hsc --width=8 offers 80" has "$o/8" 80
	# Every option of --help, and no other.
	sed 's/=$//' "$o/9" >"$work/offered"
	check "bash: hsc - offers exactly the options of --help" \
	    same "$work/offered" "$work/help.opts"
	check "bash: hsc --lang=k offers ko" has "$o/10" ko
	check "bash: hsc --lang ko (two words)" has "$o/11" ko en
	check "bash: hsc with nothing typed offers every class/code" \
	    [ "$(wc -l <"$o/12")" -eq "$n_codes" ]
	check "bash: words to search for get no codes" [ ! -s "$o/13" ]
	check "bash: hsc -c offers files" has "$o/14" access.log
	check "bash: hsc --fi offers --field=" has "$o/15" --field=
	check "bash: hsc --field= offers 9" has "$o/16" 9
	check "bash: hsc -c 40 offers no codes" [ ! -s "$o/17" ]
	check "bash: hsc -lc a offers files" has "$o/18" access.log
fi
# Plain bash, without bash-completion: the fallback in hsc.bash.
if bash_run "bash without bash-completion" "$work/bash-plain" none \
    'hsc 40' 'hsc --lang=' 'hsc --col' 'hsc --lang=e'; then
	o=$work/bash-plain
	check "bash without bash-completion: hsc 40" has "$o/1" 400 404
	check "bash without bash-completion: hsc --lang=" has "$o/2" ko en
	check "bash without bash-completion: hsc --col" has "$o/3" --color=
	check "bash without bash-completion: hsc --lang=e" has "$o/4" en
fi
# The codes come from the hsc in PATH.
run_path=$work/fake:$PATH
if bash_run "bash, stand-in hsc" "$work/bash-fake" "$bashcomp" 'hsc 7'
then
	check "bash: the codes come from hsc --list-codes" \
	    has "$work/bash-fake/1" 777
fi
run_path=

# --- fish ---------------------------------------------------------------
# complete -C prints "MATCH<TAB>DESCRIPTION" lines.  fish_complete_path
# is emptied first so that no hsc.fish installed on this machine gets
# autoloaded next to the one under test.
if need fish fish; then
	# fish_ask LINE [PATH]: what fish offers for LINE, into
	# $work/fish.out; PATH is the PATH to run fish with.
	# shellcheck disable=SC2016 # $argv is fish's, in single quotes
	fish_ask() {
		env PATH="${2:-$PATH}" timeout 30 fish --no-config -c '
		    set -g fish_complete_path
		    source $argv[1]; or exit 3
		    complete -C $argv[2]' "$comp/hsc.fish" "$1" \
		    </dev/null >"$work/fish.out" 2>"$work/fish.err"
	}
	fish_ask 'hsc --la'
	check "fish: hsc --la offers --lang" \
	    sh -c "cut -f1 '$work/fish.out' | grep -qx -- --lang"
	check "fish: no errors" [ ! -s "$work/fish.err" ]
	fish_ask 'hsc 40'
	check "fish: hsc 40 offers codes with their names" \
	    has "$work/fish.out" "404${tab}Not Found" "400${tab}Bad Request" \
	    "408${tab}Request Timeout"
	check "fish: hsc 40 offers no 500" \
	    sh -c "! cut -f1 '$work/fish.out' | grep -qx 500"
	fish_ask 'hsc --lang='
	check "fish: hsc --lang= offers ko and en" \
	    has "$work/fish.out" "--lang=ko${tab}Korean" \
	    "--lang=en${tab}English"
	fish_ask 'hsc --col'
	first_col "$work/fish.out" >"$work/fish.col"
	check "fish: hsc --col offers --color" has "$work/fish.col" --color=
	fish_ask 'hsc --color='
	first_col "$work/fish.out" >"$work/fish.col"
	check "fish: hsc --color= offers always, never, auto" \
	    has "$work/fish.col" --color=always --color=never --color=auto
	fish_ask 'hsc 4'
	check "fish: hsc 4 offers the class with its name" \
	    has "$work/fish.out" "4xx${tab}Client Error"
	fish_ask 'hsc -'
	first_col "$work/fish.out" | sed 's/=$//' >"$work/offered"
	check "fish: hsc - offers exactly the options of --help" \
	    same "$work/offered" "$work/help.opts"
	fish_ask 'hsc -c '
	check "fish: hsc -c offers files, not codes" sh -c "
	    grep -qx access.log '$work/fish.out' &&
	    ! grep -q '^404' '$work/fish.out'"
	fish_ask 'hsc --field='
	first_col "$work/fish.out" >"$work/fish.col"
	check "fish: hsc --field= offers 9" has "$work/fish.col" --field=9
	fish_ask 'hsc 7' "$work/fake:$PATH"
	check "fish: the codes come from hsc --list-codes" \
	    has "$work/fish.out" "777${tab}Fake Code"
fi

# --- zsh, through its completion system -----------------------------------
# pty.zsh (below) runs an interactive shell in a pseudo-terminal through
# zsh's zsh/zpty module and types into it.  Here the shell is "zsh -f
# -i", with compinit and completions/ first in fpath; two keys are bound
# in it (init.zsh):
#   TAB  (list mode) runs the completion system as usual, but compadd
#        is wrapped: what it would offer goes to a file, and nothing is
#        added to the line;
#   ^T   (insert mode) runs the real complete-word, then writes the line
#        as completion left it.
# Each key ends by creating OUTDIR/N.done; the driver waits for that
# file (10 s at most), then kills the line with ^U and types the next.
cat >"$work/init.zsh" <<'EOF'
# Sourced by the interactive zsh under test.
bindkey -e
PS1='> ' RPS1=
unsetopt beep auto_list
fpath=($ZT_COMPDIR $fpath)
autoload -Uz compinit
compinit -u -D
# One line per match, not options grouped by description.
zstyle ':completion:*' list-grouped false
typeset -gi __n=0 __capturing=0

# compadd, wrapped.  Records "PREFIX MATCH SUFFIX<TAB>DESCRIPTION".
compadd() {
	(( __capturing )) || { builtin compadd "$@"; return }
	local -a __h __d
	local __a __x __v __pre= __suf= __darg=
	integer __i=1
	while (( __i <= $# )); do
		__a=${@[__i]}
		case $__a in
		(-|--) break ;;
		(-?*)
			# A cluster of flags; the first flag that takes a value
			# takes the rest of the word, or else the next word.
			__x=${__a#-}
			while [[ -n $__x ]]; do
				case ${__x[1]} in
				(o) break ;;
				([PSpsiIWdJVXxrRMFOADE])
					__v=${__x[2,-1]}
					if [[ -z $__v ]]; then
						(( __i++ ))
						__v=${@[__i]}
					fi
					case ${__x[1]} in
					(P) __pre=$__v ;;
					(S) __suf=$__v ;;
					(d) __darg=$__v ;;
					# -O, -A, -D only fill arrays: internal
					# queries, not offers.
					([OAD]) builtin compadd "$@"; return ;;
					esac
					break ;;
				esac
				__x=${__x[2,-1]}
			done ;;
		(*) break ;;
		esac
		(( __i++ ))
	done
	# The descriptions: an array name, or a literal "(...)".
	if [[ $__darg == \(* ]]; then
		eval "__d=$__darg"
	elif [[ -n $__darg ]]; then
		__d=( "${(@P)__darg}" )
	fi
	# -A: the matches that fit the line, unadded; -D: their
	# descriptions, kept in step.
	builtin compadd -A __h -D __d "$@"
	(( $#__h )) || return 1
	for __i in {1..$#__h}; do
		# A display string is "MATCH  -- DESCRIPTION".
		__x=${__d[__i]-}
		[[ $__x == *' -- '* ]] && __x=${__x#* -- } || __x=
		print -r -- "$__pre$__h[__i]$__suf"$'\t'"$__x" >>$ZT_OUT/$__n
	done
	return 0
}

__list() {
	(( ++__n ))
	: >| $ZT_OUT/$__n
	__capturing=1
	_main_complete
	__capturing=0
	: >| $ZT_OUT/$__n.done
}
zle -C __list complete-word __list
bindkey '^I' __list

__insert() {
	(( ++__n ))
	zle complete-word
	print -r -- "$BUFFER" >| $ZT_OUT/$__n
	: >| $ZT_OUT/$__n.done
}
zle -N __insert
bindkey '^T' __insert

# Typing may start once the line editor runs.
zle-line-init() { : >| $ZT_OUT/ready }
zle -N zle-line-init
EOF
cat >"$work/pty.zsh" <<'EOF'
# usage: zsh -f pty.zsh OUTDIR SHELL INIT MODE:LINE...
# Runs SHELL (a command line) in a pseudo-terminal, types INIT and a
# newline, and waits for OUTDIR/ready.  Then for each LINE it types the
# LINE and the keys of its MODE (list: TAB; insert: ^T; readline: TAB
# then ^T), waits for OUTDIR/N.done (N = 1, 2, ...) and kills the line
# with ^U.  Exit status 3: no zpty; 4: the shell did not answer.
zmodload zsh/zpty && zmodload zsh/zselect || exit 3
export ZT_OUT=$1
cmd=$2 init=$3
shift 3

# waitfor FILE: true once FILE exists, false after 10 s.  Meanwhile it
# reads what the shell under test writes, so that it never blocks.
waitfor() {
	local i junk
	for i in {1..200}; do
		[[ -e $1 ]] && return 0
		while zpty -r -t z junk 2>/dev/null; do :; done
		zselect -t 5
	done
	return 1
}

zpty z "TERM=xterm INPUTRC=/dev/null $cmd" || exit 3
zpty -w z "$init"
if ! waitfor $ZT_OUT/ready; then
	print -u2 "$cmd: did not start"
	zpty -d z
	exit 4
fi
n=0
for arg; do
	(( ++n ))
	case $arg in
	(list:*) keys=$'\t' ;;
	(insert:*) keys=$'\C-t' ;;
	(readline:*) keys=$'\t\C-t' ;;
	esac
	# Until the first answer, the shell may not be reading the
	# terminal in raw mode yet, and would take ^U as the terminal's
	# kill character: the ^U is typed only after an answer.
	zpty -w -n z "${arg#*:}$keys"
	if ! waitfor $ZT_OUT/$n.done; then
		print -u2 "$cmd: no answer to '${arg#*:}'"
		zpty -d z
		exit 4
	fi
	zpty -w -n z $'\C-u'
done
zpty -d z
exit 0
EOF
have_zsh=false
need zsh zsh && have_zsh=true
# zsh_run NAME OUTDIR MODE:LINE...: runs the driver, with $run_path as
# PATH if set; true if it ran, else one failure with its messages.
zsh_run() {
	name=$1 o=$2
	shift 2
	$have_zsh || return 1
	mkdir "$o"
	env PATH="${run_path:-$PATH}" ZT_COMPDIR="$comp" \
	    timeout 120 zsh -f "$work/pty.zsh" "$o" "zsh -f -i" \
	    "source '$work/init.zsh'" "$@" </dev/null >"$work/run.log" 2>&1
	rc=$?
	[ $rc = 0 ] && { ok; return 0; }
	bad "$name: the driver failed (exit status $rc)"
	cat "$work/run.log"
	return 1
}
if zsh_run zsh "$work/zsh" \
    'list:hsc 40' 'list:hsc --la' 'list:hsc --lang=' 'list:hsc --col' \
    'list:hsc 4' 'list:hsc --color=' 'list:hsc -' 'list:hsc -w ' \
    'insert:hsc --la' 'insert:hsc --lang=k' 'insert:hsc 41' \
    'insert:hsc 418' 'list:hsc -c ' 'list:hsc --field=' \
    'insert:hsc -c acc'; then
	o=$work/zsh
	check "zsh: hsc 40 offers codes with their names" \
	    has "$o/1" "404${tab}Not Found" "400${tab}Bad Request" \
	    "408${tab}Request Timeout"
	check "zsh: hsc 40 offers only 40x" all_start "$o/1" 40
	check "zsh: hsc --la offers --lang=" \
	    has "$o/2" "--lang=${tab}language of the text"
	check "zsh: hsc --lang= offers ko and en" \
	    has "$o/3" "ko${tab}Korean" "en${tab}English"
	check "zsh: hsc --col offers --color" \
	    sh -c "cut -f1 '$o/4' | grep -qx -- '--color=*'"
	check "zsh: hsc 4 offers 4xx and 4.. codes" \
	    has "$o/5" "4xx${tab}Client Error" "404${tab}Not Found" \
	    "418${tab}I'm a teapot [unused]"
	check "zsh: hsc 4 offers only 4..." all_start "$o/5" 4
	first_col "$o/6" >"$work/zsh.col"
	check "zsh: hsc --color= offers always, never, auto" \
	    has "$work/zsh.col" always never auto
	first_col "$o/7" | sed 's/=$//' >"$work/offered"
	check "zsh: hsc - offers exactly the options of --help" \
	    same "$work/offered" "$work/help.opts"
	first_col "$o/8" >"$work/zsh.col"
	check "zsh: hsc -w offers widths" has "$work/zsh.col" 0 80
	check "zsh: TAB on hsc --la inserts --lang=" has "$o/9" 'hsc --lang='
	check "zsh: TAB on hsc --lang=k inserts ko" \
	    has "$o/10" 'hsc --lang=ko '
	check "zsh: TAB on hsc 41 leaves the line" has "$o/11" 'hsc 41'
	check "zsh: TAB on hsc 418 completes it" has "$o/12" 'hsc 418 '
	check "zsh: hsc -c offers files, not codes" sh -c "
	    cut -f1 '$o/13' | grep -qx access.log &&
	    ! grep -q '^404' '$o/13'"
	first_col "$o/14" >"$work/zsh.col"
	check "zsh: hsc --field= offers 9" has "$work/zsh.col" 9
	check "zsh: TAB on hsc -c acc inserts the file" \
	    has "$o/15" 'hsc -c access.log '
fi
run_path=$work/fake:$PATH
if zsh_run "zsh, stand-in hsc" "$work/zsh-fake" 'list:hsc 7'; then
	check "zsh: the codes come from hsc --list-codes" \
	    has "$work/zsh-fake/1" "777${tab}Fake Code"
fi
run_path=

# --- bash through readline ---------------------------------------------
# The same pseudo-terminal, with an interactive bash: bash-completion and
# completions/hsc.bash loaded, and ^T bound to write the line as it is.
# Each LINE gets a real TAB, so readline itself splits the words, calls
# _hsc and inserts the result (no space after "--lang=", say).
cat >"$work/init.bash" <<'EOF'
# Sourced by the interactive bash under test.
source "$ZT_BASHCOMP" || exit 3
source "$ZT_COMPDIR/hsc.bash" || exit 3
unset HISTFILE
PS1='> '
__n=0
__dump() {
	__n=$((__n + 1))
	printf '%s\n' "$READLINE_LINE" >"$ZT_OUT/$__n"
	: >"$ZT_OUT/$__n.done"
}
bind -x '"\C-t": __dump'
# Typing may start at the first prompt.
PROMPT_COMMAND=': >"$ZT_OUT/ready"'
EOF
if $have_zsh && $have_bash; then
	o=$work/bash-readline
	mkdir "$o"
	env ZT_COMPDIR="$comp" ZT_BASHCOMP="$bashcomp" \
	    timeout 120 zsh -f "$work/pty.zsh" "$o" \
	    "bash --norc --noprofile -i" "source '$work/init.bash'" \
	    'readline:hsc --la' 'readline:hsc --lang=k' 'readline:hsc 418' \
	    'readline:hsc 40' 'readline:hsc --color=ne' \
	    'readline:hsc -c acc' </dev/null >"$work/run.log" 2>&1
	rc=$?
	if [ $rc = 0 ]; then
		ok
		check "bash, readline: TAB on hsc --la gives --lang=" \
		    has "$o/1" 'hsc --lang='
		check "bash, readline: TAB on hsc --lang=k gives ko" \
		    has "$o/2" 'hsc --lang=ko '
		check "bash, readline: TAB on hsc 418 completes it" \
		    has "$o/3" 'hsc 418 '
		check "bash, readline: TAB on hsc 40 leaves the line" \
		    has "$o/4" 'hsc 40'
		check "bash, readline: TAB on hsc --color=ne gives never" \
		    has "$o/5" 'hsc --color=never '
		check "bash, readline: TAB on hsc -c acc gives the file" \
		    has "$o/6" 'hsc -c access.log '
	else
		bad "bash, readline: the driver failed (exit status $rc)"
		cat "$work/run.log"
	fi
fi

# --- The options agree everywhere ---------------------------------------
# man_opts PAGE: the options a page marks up with Fl, as "--long" and
# "-x" lines.  ".Fl Fl color" is "--color", ".Fl -all" is "--all",
# ".Op Fl jls" is -j, -l and -s, ".Fl h | V" is -h and -V; a macro
# name (Ar, Ns, Op...) ends the run of flags.
man_opts() {
	awk '/^\./ {
		gsub(/Fl Fl /, "Fl -")
		fl = 0
		for (i = 1; i <= NF; i++) {
			f = $i
			if (i == 1)
				sub(/^\./, "", f)
			if (f == "Fl") { fl = 1; continue }
			if (f ~ /^[A-Z][a-z][a-z]?$/) { fl = 0; continue }
			if (!fl || f ~ /^[][|,.;:()]$/)
				continue
			if (f ~ /^-/) {
				sub(/^-/, "", f)
				sub(/[^a-z-].*/, "", f)
				print "--" f
			} else
				for (j = 1; j <= length(f); j++)
					print "-" substr(f, j, 1)
		}
	}' "$1" | sort -u
}
for page in man/hsc.1 man/ko/hsc.1; do
	man_opts "$top/$page" >"$work/man.opts"
	check "$page has every option of --help, and no other" \
	    same "$work/man.opts" "$work/help.opts"
done
# The completion files name every option of --help: bash and zsh as
# "--long" and "-x", fish as "-l long" and "-s x".
while read -r o; do
	n=${o#--}
	check "completions/hsc.bash has $o" \
	    grep -qE -- "(^|[^a-z-])$o([^a-z-]|\$)" "$comp/hsc.bash"
	check "completions/_hsc has $o" \
	    grep -qE -- "(^|[^a-z-])$o([^a-z-]|\$)" "$comp/_hsc"
	check "completions/hsc.fish has -l $n" \
	    grep -qE -- "(^| )-l $n( |\$)" "$comp/hsc.fish"
done <"$work/help.long"
while read -r o; do
	s=${o#-}
	check "completions/hsc.bash has $o" \
	    grep -qE -- "(^|[^a-zA-Z-])$o([^a-zA-Z-]|\$)" "$comp/hsc.bash"
	check "completions/_hsc has $o" \
	    grep -qE -- "(^|[^a-zA-Z-])$o([^a-zA-Z-]|\$)" "$comp/_hsc"
	check "completions/hsc.fish has -s $s" \
	    grep -qE -- "(^| )-s $s( |\$)" "$comp/hsc.fish"
done <"$work/help.short"

# --- The manual pages ---------------------------------------------------
# mandoc -Wstyle also looks up every Xr in the manual database of this
# machine: a page that is not installed is "not found", and one that is
# installed but not in a mandoc.db is "outdated mandoc.db".  Neither is
# about our pages, so the lint runs against a private MANPATH that has
# stand-ins for the pages of other packages that ours refer to, indexed
# by makewhatis.  An Xr to anything else still fails.
if need mandoc mandoc; then
	mp=$work/manpath
	mkdir -p "$mp/man1"
	for p in curl git grep gzip jq less sh; do
		printf '%s\n' '.Dd January 1, 2025' ".Dt $p 1" .Os \
		    '.Sh NAME' ".Nm $p" '.Nd stand-in' >"$mp/man1/$p.1"
	done
	mw=$(command -v makewhatis || echo /usr/sbin/makewhatis)
	"$mw" "$mp" >/dev/null 2>&1 || echo "note: no makewhatis, no mandoc.db"
	MANPATH=$mp mandoc -Tlint -Wstyle "$top/man/hsc.1" >"$work/lint" 2>&1
	rc=$?
	# Without a mandoc.db only these notes remain, about the database.
	grep -v 'outdated mandoc.db lacks' "$work/lint" >"$work/lint2"
	check "mandoc -Tlint -Wstyle man/hsc.1 prints nothing" \
	    sh -c "[ $rc = 0 ] && [ ! -s '$work/lint2' ] ||
	    { cat '$work/lint'; exit 1; }"
	MANPATH=$mp mandoc -Kutf-8 -Tlint -Wstyle "$top/man/ko/hsc.1" \
	    >"$work/lint" 2>&1
	rc=$?
	grep -v 'outdated mandoc.db lacks' "$work/lint" >"$work/lint2"
	check "mandoc -Kutf-8 -Tlint -Wstyle man/ko/hsc.1 prints nothing" \
	    sh -c "[ $rc = 0 ] && [ ! -s '$work/lint2' ] ||
	    { cat '$work/lint'; exit 1; }"
	mandoc -Kutf-8 -Tutf8 "$top/man/ko/hsc.1" 2>&1 | plain >"$work/page"
	check "mandoc renders the Korean page" \
	    grep -q 'HTTP 상태 코드를 설명한다' "$work/page"
fi
# man(1) renders each page as a user would see it, at 80 columns.
# man_l PAGE: the rendering in $work/page, messages in $work/page.err.
man_l() {
	MANPAGER=cat MANWIDTH=80 timeout 30 man -l "$1" </dev/null \
	    2>"$work/page.err" | plain >"$work/page"
}
if need man man-db; then
	man_l "$top/man/hsc.1"
	check "man -l man/hsc.1 shows EXIT STATUS" \
	    grep -q '^EXIT STATUS' "$work/page"
	check "man -l man/hsc.1 shows every section" sh -c "
	    for s in NAME SYNOPSIS DESCRIPTION OPTIONS JSON ENVIRONMENT \
	        EXAMPLES 'SEE ALSO' STANDARDS; do
	        grep -qx \"\$s\" '$work/page' || { echo \"no \$s\"; exit 1; }
	    done"
	check "man -l man/hsc.1: no messages" [ ! -s "$work/page.err" ]
	check "man -l man/hsc.1 fits 80 columns" \
	    [ "$(wc -L <"$work/page")" -le 80 ]
	man_l "$top/man/ko/hsc.1"
	check "man -l man/ko/hsc.1 shows EXIT STATUS, in Korean" sh -c "
	    grep -q '^EXIT STATUS' '$work/page' &&
	    grep -q '모든 질의가 무언가를 찾았다' '$work/page'"
	check "man -l man/ko/hsc.1: no messages" [ ! -s "$work/page.err" ]
	check "man -l man/ko/hsc.1 fits 80 columns" \
	    [ "$(wc -L <"$work/page")" -le 80 ]
fi

# --- shellcheck -----------------------------------------------------------
if need shellcheck shellcheck; then
	check "shellcheck -s bash completions/hsc.bash is clean" \
	    sh -c "shellcheck -s bash '$comp/hsc.bash' && \
	    [ -z \"\$(shellcheck -s bash '$comp/hsc.bash' 2>&1)\" ]"
fi

# --- make install, make uninstall -----------------------------------------
# The layout under DESTDIR, with PREFIX=/usr.
layout='usr/bin/hsc
usr/share/man/man1/hsc.1
usr/share/man/ko/man1/hsc.1
usr/share/bash-completion/completions/hsc
usr/share/zsh/site-functions/_hsc
usr/share/fish/vendor_completions.d/hsc.fish'
inst=$work/inst
mkdir "$inst"
make=${MAKE:-make}
if need "$make" make; then
	# -o hsc: install the hsc that is built and never rebuild it here,
	# where others may be building or editing at the same time.
	"$make" -s -C "$top" -o hsc install DESTDIR="$inst" PREFIX=/usr \
	    >"$work/run.log" 2>&1
	rc=$?
	check "make install DESTDIR=... PREFIX=/usr" \
	    sh -c "[ $rc = 0 ] || { cat '$work/run.log'; exit 1; }"
	check "installed usr/bin/hsc runs" \
	    sh -c "'$inst/usr/bin/hsc' 404 | grep -q '^404  Not Found'"
	if [ ! -f "$inst/usr/share/man/man1/hsc.1" ]; then
		echo "skip: make install does not install the man pages and" \
		    "completions yet (Makefile: MANDIR, BASHCOMPDIR," \
		    "ZSHCOMPDIR, FISHCOMPDIR)"
	else
		(cd "$inst" && find . -type f -o -type l) | sed 's|^\./||' |
		    sort >"$work/installed"
		echo "$layout" | sort >"$work/want"
		check "make install installs exactly the layout" \
		    diff "$work/want" "$work/installed"
		check "installed usr/bin/hsc is executable" \
		    [ -x "$inst/usr/bin/hsc" ]
		check "installed completions are the sources" sh -c "
		    cmp '$comp/hsc.bash' \
		        '$inst/usr/share/bash-completion/completions/hsc' &&
		    cmp '$comp/_hsc' '$inst/usr/share/zsh/site-functions/_hsc' &&
		    cmp '$comp/hsc.fish' \
		        '$inst/usr/share/fish/vendor_completions.d/hsc.fish'"
		if command -v man >/dev/null 2>&1; then
			man_l "$inst/usr/share/man/man1/hsc.1"
			check "man -l on the installed page" \
			    grep -q '^EXIT STATUS' "$work/page"
			man_l "$inst/usr/share/man/ko/man1/hsc.1"
			check "man -l on the installed Korean page" \
			    grep -q '모든 질의가 무언가를 찾았다' "$work/page"
		fi
	fi
	"$make" -s -C "$top" uninstall DESTDIR="$inst" PREFIX=/usr \
	    >"$work/run.log" 2>&1
	rc=$?
	check "make uninstall DESTDIR=... PREFIX=/usr" \
	    sh -c "[ $rc = 0 ] || { cat '$work/run.log'; exit 1; }"
	check "make uninstall leaves no files (empty directories at most)" \
	    sh -c "cd '$inst' && [ -z \"\$(find . ! -type d)\" ] ||
	    { find . ! -type d; exit 1; }"
fi

echo "shells: $pass passed, $fail failed"
[ $fail = 0 ]

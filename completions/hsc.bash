# bash completion for hsc(1), HTTP status codes explained.
# Installed as .../bash-completion/completions/hsc; or source this file.
#
# Options come from this file; status codes and classes come from the
# program itself (hsc --list-codes), never from a copy of the table.

# _hsc_codes CMD: prints the classes and codes that CMD knows, one a line.
# --list-codes prints "CODE<TAB>NAME"; bash only wants the first column.
_hsc_codes()
{
	"$1" --list-codes 2>/dev/null | while IFS=$'\t' read -r code _; do
		printf '%s\n' "$code"
	done
}

_hsc()
{
	local cur prev words cword split=false
	local opts cmd i w count=false

	if declare -F _init_completion >/dev/null 2>&1; then
		# bash-completion: -s splits --opt=value into prev and cur.
		_init_completion -s || return
	else
		# Plain bash.  Readline breaks words at '=' (COMP_WORDBREAKS),
		# so "--lang=k" arrives as "--lang" "=" "k", and "--lang=" as
		# "--lang" "=".  Put them back together as _init_completion -s
		# does.
		words=("${COMP_WORDS[@]}")
		cword=$COMP_CWORD
		cur=${COMP_WORDS[COMP_CWORD]}
		prev=${COMP_WORDS[COMP_CWORD - 1]:-}
		if [[ $cur == = && $prev == --* ]]; then
			cur=
			split=true
		elif [[ $prev == = && $cword -ge 2 &&
		    ${COMP_WORDS[COMP_CWORD - 2]} == --* ]]; then
			prev=${COMP_WORDS[COMP_CWORD - 2]}
			split=true
		fi
	fi
	COMPREPLY=()

	# The program to ask for the codes: the one being completed when it
	# was typed as a path (./hsc), else hsc from PATH.
	cmd=${words[0]:-hsc}
	if [[ $cmd != */* || ! -x $cmd || -d $cmd ]]; then
		cmd=hsc
	fi

	# The argument of an option, attached (--lang=ko) or not (--lang ko,
	# -w 80, -lw 80).  --color takes its value attached, or as the next
	# word when that is always, never or auto.
	case $prev in
	--lang)
		mapfile -t COMPREPLY < <(compgen -W 'ko en' -- "$cur")
		return
		;;
	--color | --colour)
		if [[ $split == true || $cur == [a-z]* ]]; then
			mapfile -t COMPREPLY < <(compgen -W 'always never auto' \
			    -- "$cur")
			return
		fi
		;;
	--width | -w | -[!-]*w)
		mapfile -t COMPREPLY < <(compgen -W '0 60 72 80 100 120' \
		    -- "$cur")
		return
		;;
	--field | --backend-field)
		# 9 is the status in a common or combined log split at blanks.
		mapfile -t COMPREPLY < <(compgen -W '1 2 3 4 5 6 7 8 9' \
		    -- "$cur")
		return
		;;
	--format)
		mapfile -t COMPREPLY < <(compgen -W 'auto bare combined json alb
		    clb cloudfront iis' -- "$cur")
		return
		;;
	--by)
		mapfile -t COMPREPLY < <(compgen -W 'path client method host
		    agent hour minute' -- "$cur")
		return
		;;
	--only)
		mapfile -t COMPREPLY < <(compgen -W '5xx 4xx 000 499 500 502 503
		    504' -- "$cur")
		return
		;;
	--top)
		mapfile -t COMPREPLY < <(compgen -W '3 5 10 20 50' -- "$cur")
		return
		;;
	--json-field)
		mapfile -t COMPREPLY < <(compgen -W 'status httpRequest.status
		    DownstreamStatus EdgeResponseStatus elb_status_code' \
		    -- "$cur")
		return
		;;
	--json-backend)
		mapfile -t COMPREPLY < <(compgen -W 'upstream_status OriginStatus
		    OriginResponseStatus target_status_code' -- "$cur")
		return
		;;
	--timeline)
		# Like --color, its value only attached.
		if [[ $split == true ]]; then
			mapfile -t COMPREPLY < <(compgen -W '10s 1m 5m 15m 1h 1d' \
			    -- "$cur")
			return
		fi
		;;
	esac
	# An unknown --opt=value: nothing to offer.
	[[ $split == true ]] && return

	# After "--" every word is a query (or a file).  With --count and
	# --annotate the words are files.
	for ((i = 1; i < cword; i++)); do
		w=${words[i]}
		[[ $w == -- ]] && break
		if [[ $w == --count || $w == --annotate ||
		    ($w == -[!-]* && $w == *[cA]*) ]]; then
			count=true
		fi
	done

	if [[ $cur == -* && $i -eq $cword ]]; then
		opts='--all --annotate --backend-field= --by= --color= --count'
		opts+=' --field= --format= --help --json --json-backend='
		opts+=' --json-field= --lang= --list-codes --long --no-color'
		opts+=' --no-pager --only= --search --timeline --timeline='
		opts+=' --top= --version --width= -A -a -c -h -j -l -s -V -w'
		mapfile -t COMPREPLY < <(compgen -W "$opts" -- "$cur")
		# Leave the cursor after "--lang=" for the value.
		if [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *= ]]; then
			compopt -o nospace 2>/dev/null
		fi
		return
	fi

	if [[ $count == true ]]; then
		if declare -F _filedir >/dev/null 2>&1; then
			_filedir
		else
			compopt -o filenames 2>/dev/null
			mapfile -t COMPREPLY < <(compgen -f -- "$cur")
		fi
		return
	fi

	# Codes, classes and patterns start with a digit (or x); anything
	# else is a search word, which cannot be completed.
	case $cur in
	'' | [0-9xX]*)
		mapfile -t COMPREPLY < <(compgen -W "$(_hsc_codes "$cmd")" \
		    -- "$cur")
		;;
	esac
} &&
	complete -F _hsc hsc

# ex: filetype=sh

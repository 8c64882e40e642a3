hsc "--$(printf "\033]0;owned\007")"

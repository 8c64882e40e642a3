hsc "$(printf "\033[31mred\033[0m")"

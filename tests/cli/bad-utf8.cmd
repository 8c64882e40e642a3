hsc "$(printf "caf\351")"

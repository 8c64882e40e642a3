NO_COLOR=1 hsc --color=always 404

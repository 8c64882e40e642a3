hsc --color=never 404

hsc --color=always 100 200 301 404 500

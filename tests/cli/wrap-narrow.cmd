hsc -w 10 404

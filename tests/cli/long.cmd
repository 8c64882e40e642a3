hsc -l 404

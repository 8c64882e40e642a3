hsc -a 404

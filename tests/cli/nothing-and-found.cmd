hsc xyzzy 404

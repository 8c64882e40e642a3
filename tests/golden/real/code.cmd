hsc 404

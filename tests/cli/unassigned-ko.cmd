hsc --lang=ko 299 404

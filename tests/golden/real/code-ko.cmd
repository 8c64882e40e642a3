hsc --lang=ko 404

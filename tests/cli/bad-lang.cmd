hsc --lang=fr 404

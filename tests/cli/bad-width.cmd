hsc --width=wide 404

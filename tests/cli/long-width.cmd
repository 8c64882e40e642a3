hsc -l --width=60 404

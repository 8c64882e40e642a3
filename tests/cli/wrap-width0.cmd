COLUMNS=60 hsc --width=0 404 502

hsc -l --lang=ko --width=70 502

hsc -l --lang=ko -w 72 598

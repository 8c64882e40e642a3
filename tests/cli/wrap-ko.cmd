hsc --lang=ko -w 50 404 504

HSC_LANG=ko hsc 404

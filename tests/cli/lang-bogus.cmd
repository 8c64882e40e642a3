HSC_LANG=klingon hsc 404

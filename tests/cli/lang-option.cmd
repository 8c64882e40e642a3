HSC_LANG=en hsc --lang=ko 404

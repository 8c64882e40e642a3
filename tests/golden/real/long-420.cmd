hsc -l -w 80 420

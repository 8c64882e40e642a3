hsc -s 418

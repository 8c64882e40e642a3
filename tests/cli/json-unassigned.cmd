hsc -j 299

hsc -j 100

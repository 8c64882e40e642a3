hsc -l 599

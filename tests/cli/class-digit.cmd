hsc 2

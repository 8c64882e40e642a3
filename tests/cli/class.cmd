hsc 1xx

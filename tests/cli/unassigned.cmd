hsc 299

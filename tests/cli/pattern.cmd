hsc 41x 5x3

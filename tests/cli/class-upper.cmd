hsc 3XX

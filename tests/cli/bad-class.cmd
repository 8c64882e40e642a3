hsc 6xx

hsc xyzzy

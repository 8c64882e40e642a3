hsc --json xyzzy

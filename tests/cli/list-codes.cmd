hsc --list-codes

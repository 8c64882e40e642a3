hsc --list-codes --lang=ko | head -12

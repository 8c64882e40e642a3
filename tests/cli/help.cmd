hsc --help

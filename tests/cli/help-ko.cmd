hsc --help --lang=ko

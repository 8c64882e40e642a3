hsc

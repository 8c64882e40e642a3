hsc gateway timeout

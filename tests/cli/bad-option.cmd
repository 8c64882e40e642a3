hsc --frobnicate 404

hsc "gateway timeout"

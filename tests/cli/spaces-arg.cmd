hsc "   "

hsc ""

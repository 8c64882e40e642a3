hsc --long --width=72 499

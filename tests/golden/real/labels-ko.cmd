hsc --lang=ko 306 598 499

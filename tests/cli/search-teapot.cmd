hsc teapot

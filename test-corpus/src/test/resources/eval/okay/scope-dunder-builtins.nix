[ (__length [ 1 ]) (__isInt 1) ]

builtins.elemAt [ 1 2 ] 2

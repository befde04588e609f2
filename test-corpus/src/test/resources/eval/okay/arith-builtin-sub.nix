builtins.sub 40 2

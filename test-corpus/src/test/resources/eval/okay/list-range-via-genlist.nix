builtins.genList (x: x + 1) 10

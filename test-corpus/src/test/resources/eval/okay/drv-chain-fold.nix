builtins.foldl' (prev: i: (derivation { name = "c${toString i}"; builder = "/bin/sh"; system = "x86_64-linux"; inherit prev; }).outPath) "" [ 1 2 3 4 5 6 7 8 9 10 ]

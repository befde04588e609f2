map (i: (derivation { name = "n"; builder = "/bin/sh"; system = "x86_64-linux"; i = i; }).outPath) [ 1 2 3 4 5 ]

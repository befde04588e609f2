let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; args = [ 1 true false null 2.5 [ "x" "y" ] ]; }; in [ x.drvPath x.outPath ]

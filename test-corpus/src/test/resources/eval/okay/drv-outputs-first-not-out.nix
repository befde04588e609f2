let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "lib" "out" ]; }; in [ x.drvPath x.outPath ]

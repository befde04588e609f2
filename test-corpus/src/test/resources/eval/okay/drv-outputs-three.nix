let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "bin" "out" "lib" ]; }; in [ x.drvPath x.outPath ]

let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "dev" ]; }; in [ x.drvPath x.outPath ]

let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; l = [ ]; }; in [ x.drvPath x.outPath ]

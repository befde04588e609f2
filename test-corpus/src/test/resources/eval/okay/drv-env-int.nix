let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; n = 42; }; in [ x.drvPath x.outPath ]

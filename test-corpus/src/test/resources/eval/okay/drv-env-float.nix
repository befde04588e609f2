let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; f = 1.5; }; in [ x.drvPath x.outPath ]

let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; t = true; f = false; }; in [ x.drvPath x.outPath ]

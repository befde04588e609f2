let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; u = "ünïcödé ✓"; }; in [ x.drvPath x.outPath ]

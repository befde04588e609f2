let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; dep = derivation { name = "dep"; builder = "/bin/sh"; system = "x86_64-linux"; }; }; in [ x.drvPath x.outPath ]

let x = derivation { name = "x"; builder = "/bin/sh"; system = "x86_64-linux"; }; in [ x.drvPath x.outPath ]

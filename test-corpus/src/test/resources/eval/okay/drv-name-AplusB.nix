let x = derivation { name = "A+B"; builder = "/bin/sh"; system = "x86_64-linux"; }; in [ x.drvPath x.outPath ]

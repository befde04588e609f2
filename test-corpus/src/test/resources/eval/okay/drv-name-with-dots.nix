let x = derivation { name = "with.dots"; builder = "/bin/sh"; system = "x86_64-linux"; }; in [ x.drvPath x.outPath ]

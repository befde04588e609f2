let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-darwin"; }; in [ x.drvPath x.outPath ]

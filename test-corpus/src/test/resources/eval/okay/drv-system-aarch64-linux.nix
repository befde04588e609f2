let x = derivation { name = "a"; builder = "/bin/sh"; system = "aarch64-linux"; }; in [ x.drvPath x.outPath ]

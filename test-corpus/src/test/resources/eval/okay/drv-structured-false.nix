let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; __structuredAttrs = false; n = 1; }; in [ x.drvPath x.outPath ]

let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; __structuredAttrs = true; s = "q\" b\\ n\n t\t"; }; in [ x.drvPath x.outPath ]

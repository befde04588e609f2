let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; __ignoreNulls = false; n = null; }; in [ x.drvPath x.outPath ]

let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; x = (derivation { name = "dep"; builder = "/bin/sh"; system = "x86_64-linux"; }).drvPath; }; in [ x.drvPath x.outPath ]

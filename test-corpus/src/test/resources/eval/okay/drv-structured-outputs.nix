let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; __structuredAttrs = true; outputs = [ "out" "dev" ]; }; in [ x.drvPath x.outPath ]

let x = derivation { name = "a"; builder = "/usr/bin/env"; system = "x86_64-linux"; }; in [ x.drvPath x.outPath ]

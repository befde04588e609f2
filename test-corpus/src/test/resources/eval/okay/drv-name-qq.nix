let x = derivation { name = "q?"; builder = "/bin/sh"; system = "x86_64-linux"; }; in [ x.drvPath x.outPath ]

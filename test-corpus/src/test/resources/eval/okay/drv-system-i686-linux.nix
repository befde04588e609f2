let x = derivation { name = "a"; builder = "/bin/sh"; system = "i686-linux"; }; in [ x.drvPath x.outPath ]

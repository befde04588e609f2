let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; src = ./../data/dir; }; in [ x.drvPath x.outPath ]

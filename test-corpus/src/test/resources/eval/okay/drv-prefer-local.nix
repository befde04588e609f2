let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; preferLocalBuild = true; allowSubstitutes = false; }; in [ x.drvPath x.outPath ]

let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; }; in x.out.outPath == x.outPath

(derivation { name = "a b"; builder = "/bin/sh"; system = "x86_64-linux"; }).outPath

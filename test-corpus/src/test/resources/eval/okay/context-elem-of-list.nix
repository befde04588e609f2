builtins.elem (derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; }).outPath [ (derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; }).outPath ]

(derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; outputHash = "abc"; outputHashAlgo = "sha256"; }).outPath

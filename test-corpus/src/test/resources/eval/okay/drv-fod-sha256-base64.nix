let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; outputHash = "LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ="; outputHashAlgo = "sha256"; }; in [ x.drvPath x.outPath ]

let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; outputHash = "sha256-LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ="; }; in [ x.drvPath x.outPath ]

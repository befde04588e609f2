let f = u: (derivation { name = "src"; builder = "/bin/sh"; system = "x86_64-linux"; outputHash = "sha256-LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ="; url = u; }).outPath; in f "a" == f "b"

builtins.readFile (derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; outputHash = "sha256-LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ="; outputHashMode = "recursive"; }).drvPath

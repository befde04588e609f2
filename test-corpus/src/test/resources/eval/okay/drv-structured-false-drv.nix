builtins.readFile (derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; __structuredAttrs = false; n = 1; }).drvPath

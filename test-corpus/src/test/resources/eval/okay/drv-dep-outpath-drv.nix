builtins.readFile (derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; dep = derivation { name = "dep"; builder = "/bin/sh"; system = "x86_64-linux"; }; }).drvPath

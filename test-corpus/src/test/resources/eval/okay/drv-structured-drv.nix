builtins.readFile (derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; __structuredAttrs = true; n = 1; l = [ 1 "a" true null ]; s = { x = 1; y = "z"; }; f = 1.5; }).drvPath

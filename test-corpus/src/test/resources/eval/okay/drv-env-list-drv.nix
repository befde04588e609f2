builtins.readFile (derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; l = [ "a" 1 [ "b" ] ]; }).drvPath

builtins.readFile (derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; args = [ 1 true false null 2.5 [ "x" "y" ] ]; }).drvPath

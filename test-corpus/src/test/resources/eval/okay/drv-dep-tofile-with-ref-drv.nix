builtins.readFile (derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; script = let t = builtins.toFile "t" "x"; in builtins.toFile "script.sh" "cat ${t}"; }).drvPath

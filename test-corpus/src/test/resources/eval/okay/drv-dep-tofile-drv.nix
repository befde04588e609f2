builtins.readFile (derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; script = builtins.toFile "script.sh" "echo hi"; }).drvPath

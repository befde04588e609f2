let a = builtins.toFile "a" "x"; in builtins.getContext (builtins.readFile (builtins.toFile "b" "uses ${a}"))

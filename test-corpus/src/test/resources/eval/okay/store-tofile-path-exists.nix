builtins.pathExists (builtins.toFile "a" "b")

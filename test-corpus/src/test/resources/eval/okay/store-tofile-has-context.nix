builtins.hasContext (builtins.toFile "a" "b")

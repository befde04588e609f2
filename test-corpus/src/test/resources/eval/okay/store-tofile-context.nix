builtins.getContext (builtins.toFile "a" "b")

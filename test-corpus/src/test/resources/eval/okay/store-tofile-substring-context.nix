builtins.getContext (builtins.substring 0 5 (builtins.toFile "a" "b"))

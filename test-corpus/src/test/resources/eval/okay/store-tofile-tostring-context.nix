builtins.getContext (toString [ (builtins.toFile "a" "b") (builtins.toFile "c" "d") ])

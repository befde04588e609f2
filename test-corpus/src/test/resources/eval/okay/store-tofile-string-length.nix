builtins.stringLength (builtins.toFile "name" "b")

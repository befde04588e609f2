dirOf (builtins.toFile "name" "b")

baseNameOf (builtins.toFile "name" "b")

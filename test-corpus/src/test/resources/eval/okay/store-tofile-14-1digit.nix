builtins.toFile "1digit" "z"

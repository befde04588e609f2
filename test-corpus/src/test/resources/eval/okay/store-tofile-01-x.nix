builtins.toFile "x" "y"

builtins.toFile "eq=name" "f"

builtins.toFile "dots.in.name" "c"

builtins.toFile "plus+name" "d"

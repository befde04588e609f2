builtins.readFile (builtins.toFile "a" "contents\n")

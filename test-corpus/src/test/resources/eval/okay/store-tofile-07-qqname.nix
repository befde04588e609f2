builtins.toFile "q?name" "e"

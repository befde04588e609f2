builtins.toFile "a" "hello"

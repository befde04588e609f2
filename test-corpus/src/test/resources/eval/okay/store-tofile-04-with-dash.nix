builtins.toFile "with-dash" "a-b"

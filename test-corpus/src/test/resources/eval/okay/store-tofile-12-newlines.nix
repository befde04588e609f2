builtins.toFile "newlines" "a\nb\nc\n"

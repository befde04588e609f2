builtins.match "a\\.b" "a.b"

builtins.toFile "unicode" "é ü ✓"

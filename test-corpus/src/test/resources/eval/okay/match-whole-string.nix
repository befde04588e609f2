builtins.match "ab" "abc"

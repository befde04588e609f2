builtins.match "abc" "abc"

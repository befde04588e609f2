builtins.match "(.)(.*)" "é"

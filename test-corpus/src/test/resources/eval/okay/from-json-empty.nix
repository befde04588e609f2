builtins.fromJSON "[ {}, [] ]"

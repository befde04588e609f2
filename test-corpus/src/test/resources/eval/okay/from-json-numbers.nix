builtins.fromJSON "[ 1, -2, 1.5, 1e3, 0.1 ]"

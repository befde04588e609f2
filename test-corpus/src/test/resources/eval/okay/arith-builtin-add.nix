builtins.add 40 2

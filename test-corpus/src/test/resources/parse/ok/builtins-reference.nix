builtins.map

builtins ? map

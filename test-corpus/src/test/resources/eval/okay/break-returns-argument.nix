builtins.break 3

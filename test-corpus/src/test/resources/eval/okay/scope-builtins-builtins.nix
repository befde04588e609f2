builtins.builtins.builtins ? length

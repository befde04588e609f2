builtins.ceil 1.2

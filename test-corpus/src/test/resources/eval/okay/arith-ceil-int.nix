builtins.ceil 7

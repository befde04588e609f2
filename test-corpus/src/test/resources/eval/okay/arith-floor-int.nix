builtins.floor (-7)

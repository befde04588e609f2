[ (builtins.isString "") (builtins.isString ./x) ]

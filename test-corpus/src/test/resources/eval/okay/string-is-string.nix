[ (builtins.isString "a") (builtins.isString 1) ]

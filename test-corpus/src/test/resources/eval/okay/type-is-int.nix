[ (builtins.isInt 1) (builtins.isInt 1.0) ]

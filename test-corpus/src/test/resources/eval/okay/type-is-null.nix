[ (builtins.isNull null) (builtins.isNull false) ]

[ (builtins.isBool false) (builtins.isBool null) ]

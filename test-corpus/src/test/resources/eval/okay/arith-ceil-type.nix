builtins.typeOf (builtins.ceil 2.5)

builtins.typeOf builtins.map

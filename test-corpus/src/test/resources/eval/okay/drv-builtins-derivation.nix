builtins.typeOf builtins.derivation

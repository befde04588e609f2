builtins.typeOf (6 / 3)

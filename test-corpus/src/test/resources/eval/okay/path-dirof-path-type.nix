builtins.typeOf (dirOf /a/b)

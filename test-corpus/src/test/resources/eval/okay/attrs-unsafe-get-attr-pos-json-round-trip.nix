builtins.unsafeGetAttrPos "a" (builtins.fromJSON (builtins.toJSON { a = 1; }))

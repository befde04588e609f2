builtins.unsafeGetAttrPos "a" (builtins.mapAttrs (n: v: v) { a = 1; })

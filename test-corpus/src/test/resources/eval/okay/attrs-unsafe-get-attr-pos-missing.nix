builtins.unsafeGetAttrPos "c" { a = 1; }

let
  s = { a.b.c = 1; };
in [ (builtins.unsafeGetAttrPos "a" s) (builtins.unsafeGetAttrPos "b" s.a) (builtins.unsafeGetAttrPos "c" s.a.b) ]

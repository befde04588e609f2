let
  d = 0;
  x = 1;
  y = { inherit d x; };
  z = { inherit (y) d x; };
in [ (builtins.unsafeGetAttrPos "x" y) (builtins.unsafeGetAttrPos "x" z) ]

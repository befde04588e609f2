# The attributes of functionArgs carry the positions of the formals.
let
  f = { a
      , b ? 1
      }: a;
  pos = name: builtins.unsafeGetAttrPos name (builtins.functionArgs f);
in
[ (pos "a").line (pos "a").column (pos "b").line (pos "b").column (baseNameOf (pos "b").file) ]

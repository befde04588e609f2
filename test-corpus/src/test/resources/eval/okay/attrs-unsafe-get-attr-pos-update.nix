let l = { a = 1; }; r = { b = 2; }; in map (n: builtins.unsafeGetAttrPos n (l // r)) [ "a" "b" ]

let s = { x = 1; y = throw "no"; }; in { inherit (s) x y; }.x

let s = { x = 1; y = 2; }; in { inherit (s) x y; }

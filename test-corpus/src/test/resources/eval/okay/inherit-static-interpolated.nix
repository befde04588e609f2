let a = 1; attrs = { b = 2; c = 3; }; in { inherit ${"a"}; inherit (attrs) ${"b"} "c"; }

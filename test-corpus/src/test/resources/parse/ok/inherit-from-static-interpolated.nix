x: { inherit (x) ${"b"} ${("c")}; }

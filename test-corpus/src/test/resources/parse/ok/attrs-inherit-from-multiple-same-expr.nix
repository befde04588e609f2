x: { inherit (x) a; inherit (x) b; }

x: { inherit (x) c d; }

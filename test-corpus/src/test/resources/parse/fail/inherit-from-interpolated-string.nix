x: { inherit (x) ${"a${x}"}; }

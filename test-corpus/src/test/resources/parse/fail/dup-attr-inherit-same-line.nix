a: { inherit a a; }

a: { inherit a; a = 1; }

a: rec { inherit a; b = a; }

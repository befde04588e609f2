a: { inherit "a"; }

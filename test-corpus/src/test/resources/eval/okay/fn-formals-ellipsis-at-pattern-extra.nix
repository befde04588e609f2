({ ... }@a: builtins.attrNames a) { x = 1; y = 2; }

builtins.attrNames { b = 1; a = 2; C = 3; "_" = 4; }

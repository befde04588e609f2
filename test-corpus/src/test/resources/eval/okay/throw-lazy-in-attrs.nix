builtins.attrNames { a = throw "x"; }

builtins.attrNames (builtins.mapAttrs (n: v: throw "no") { a = 1; })

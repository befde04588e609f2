builtins.length (builtins.attrValues { a = throw "no"; b = 2; })

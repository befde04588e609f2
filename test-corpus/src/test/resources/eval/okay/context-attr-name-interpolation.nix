let p = builtins.toFile "a" "b"; in builtins.attrNames { ${builtins.unsafeDiscardStringContext p} = 1; }

let p = builtins.toFile "a" "b"; in { ${p} = 1; }

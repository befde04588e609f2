let p = builtins.toFile "a" "b"; s = builtins.unsafeDiscardStringContext p; in builtins.appendContext "text" { ${s} = { path = true; }; }

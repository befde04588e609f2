let s = builtins.unsafeDiscardStringContext (builtins.toFile "a" "b"); in builtins.appendContext "x" { ${s} = { allOutputs = true; }; }

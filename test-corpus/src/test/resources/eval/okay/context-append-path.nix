let p = builtins.toFile "a" "b"; s = builtins.unsafeDiscardStringContext p; in builtins.getContext (builtins.appendContext s { ${s} = { path = true; }; })

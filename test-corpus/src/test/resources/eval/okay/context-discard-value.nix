builtins.unsafeDiscardStringContext (builtins.toFile "a" "b")

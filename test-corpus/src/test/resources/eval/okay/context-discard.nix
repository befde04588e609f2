builtins.hasContext (builtins.unsafeDiscardStringContext (builtins.toFile "a" "b"))

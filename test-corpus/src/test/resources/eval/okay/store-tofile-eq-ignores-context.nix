"${builtins.toFile "a" "b"}" == builtins.unsafeDiscardStringContext (builtins.toFile "a" "b")

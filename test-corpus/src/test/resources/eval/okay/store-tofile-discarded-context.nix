let a = builtins.toFile "a" "x"; in builtins.toFile "b" (builtins.unsafeDiscardStringContext "${a}")

let a = builtins.toFile "a" "x"; in builtins.getContext (builtins.toFile "b" "${a}")

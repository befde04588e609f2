let a = builtins.toFile "a" "x"; b = builtins.toFile "b" "y"; in [ (builtins.toFile "c" "${a}${b}") (builtins.toFile "c" "${b}${a}") ]

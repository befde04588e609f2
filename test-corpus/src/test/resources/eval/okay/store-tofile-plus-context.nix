builtins.getContext ("x" + builtins.toFile "a" "b" + builtins.toFile "c" "d")

builtins.addDrvOutputDependencies (builtins.toFile "a" "b")

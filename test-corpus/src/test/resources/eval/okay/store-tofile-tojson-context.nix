builtins.getContext (builtins.toJSON { f = builtins.toFile "a" "b"; })

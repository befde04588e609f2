builtins.getContext (builtins.replaceStrings ["nix"] ["xin"] (builtins.toFile "a" "b"))

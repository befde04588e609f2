builtins.attrNames (builtins.getContext "${builtins.toFile "z" "1"}${builtins.toFile "a" "2"}${builtins.toFile "m" "3"}")

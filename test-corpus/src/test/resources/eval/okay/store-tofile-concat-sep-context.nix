builtins.getContext (builtins.concatStringsSep (builtins.toFile "s" "") [ "a" "b" ])

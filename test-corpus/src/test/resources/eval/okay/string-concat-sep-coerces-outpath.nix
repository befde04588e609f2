builtins.concatStringsSep "-" [ "a" { outPath = "b"; } ]

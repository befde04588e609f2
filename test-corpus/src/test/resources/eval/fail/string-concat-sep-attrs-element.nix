builtins.concatStringsSep "," [ { } ]

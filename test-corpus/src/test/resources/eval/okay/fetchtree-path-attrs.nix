builtins.attrNames (builtins.fetchTree { type = "path"; path = toString ../data/fetch; })

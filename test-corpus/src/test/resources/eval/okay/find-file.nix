builtins.findFile [ { prefix = "p"; path = toString ../data; } ] "p/set.nix"

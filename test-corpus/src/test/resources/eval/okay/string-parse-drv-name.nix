builtins.parseDrvName "nix-0.12pre12876"

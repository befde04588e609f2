{ imports = [ ./a-child.nix ]; l = [ "a" ]; }

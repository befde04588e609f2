{ imports = [ ./a.nix ]; l = [ "a" ]; }

{ imports = [ ./a1.nix ]; l = [ "a" ]; }

{ imports = [ ./a2.nix ]; l = [ "a1" ]; }

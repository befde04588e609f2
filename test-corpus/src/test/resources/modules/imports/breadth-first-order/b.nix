{ imports = [ ./a2.nix ]; l = [ "b" ]; }

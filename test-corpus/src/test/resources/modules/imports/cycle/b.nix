{ imports = [ ./a.nix ]; l = [ "b" ]; }

{ imports = [ ./shared.nix ]; l = [ "c" ]; }

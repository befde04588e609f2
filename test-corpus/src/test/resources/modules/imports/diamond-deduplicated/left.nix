{ imports = [ ./shared.nix ]; l = [ "left" ]; }

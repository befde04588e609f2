{ imports = [ ./shared.nix ]; l = [ "right" ]; }

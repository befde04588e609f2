{ imports = [ ./shared.nix ]; }

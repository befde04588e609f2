{ imports = [ ./b.nix ./b.nix ]; }

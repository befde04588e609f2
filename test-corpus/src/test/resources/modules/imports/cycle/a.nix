{ imports = [ ./b.nix ]; l = [ "a" ]; }

{ imports = [ { disabledModules = [ ./b.nix ]; } ]; l = [ "d" ]; }

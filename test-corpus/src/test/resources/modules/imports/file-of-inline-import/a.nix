{ imports = [ { l = [ "inline" ]; } ]; }

{ key = "shared-key"; l = [ "b" ]; }

{ key = "shared-key"; l = [ "a" ]; }

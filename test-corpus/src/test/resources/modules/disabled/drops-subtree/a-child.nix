{ l = [ "child" ]; }

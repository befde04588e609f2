{ a = 1; b = [ true null "s" ]; c = 1.5; }

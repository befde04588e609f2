{ f = x: x; g = map; h = map (x: x); }

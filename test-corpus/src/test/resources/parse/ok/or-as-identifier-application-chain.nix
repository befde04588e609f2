f: g: let or = 1; in f g or

a: let inherit a; a = 2; in a

a: assert a; with a; b

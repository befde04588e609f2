a: in a

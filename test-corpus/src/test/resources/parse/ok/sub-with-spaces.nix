a: a - 1

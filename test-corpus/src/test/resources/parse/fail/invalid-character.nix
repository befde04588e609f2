a: a @ 1

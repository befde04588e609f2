a: -a

f: a: -f a

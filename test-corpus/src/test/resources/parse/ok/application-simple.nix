f: a: f a

f: a: f a.b or 1

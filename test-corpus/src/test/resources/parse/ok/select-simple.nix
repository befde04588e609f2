a: a.b

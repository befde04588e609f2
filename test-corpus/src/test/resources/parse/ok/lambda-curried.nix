a: b: c: a

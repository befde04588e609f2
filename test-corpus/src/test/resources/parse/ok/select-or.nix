a: a.b or 1

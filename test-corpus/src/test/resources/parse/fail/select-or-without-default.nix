a: a.b or

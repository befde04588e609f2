a: c: e: a.b or c.d or e

a: a.or

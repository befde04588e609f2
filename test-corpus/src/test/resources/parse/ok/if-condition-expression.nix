a: if a == 1 then a else -a

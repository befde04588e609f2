{ a.b.c.d = 1; a.b.c.d = 2; }

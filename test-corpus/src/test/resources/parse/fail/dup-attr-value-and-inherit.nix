a: { a = 1; inherit a; }

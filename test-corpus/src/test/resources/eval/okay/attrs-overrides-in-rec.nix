rec { a = 1; b = a; __overrides = { a = 2; }; }

let { a = 1; }

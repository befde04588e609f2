{ s.one.x = 1; }

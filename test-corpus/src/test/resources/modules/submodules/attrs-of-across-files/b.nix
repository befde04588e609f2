{ s.one.x = 2; }

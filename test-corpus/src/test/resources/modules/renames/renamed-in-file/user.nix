{ old.name = 7; }

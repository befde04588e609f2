let s = { v = 5; }; inherit (s) v; in v * 2

let a = { b = 1; }; in { x.y = 1; x = { y = 2; }; }

let a = { }; in a.x

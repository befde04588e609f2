let k = { }; in { a = 1; }.${k}

let n = "x"; in { x = 5; }.${n}

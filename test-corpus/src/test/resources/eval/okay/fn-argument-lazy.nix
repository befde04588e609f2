(x: 1) (throw "no")

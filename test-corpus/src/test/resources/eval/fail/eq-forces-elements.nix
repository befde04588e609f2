[ (throw "forced") ] == [ 1 ]

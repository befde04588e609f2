[ 1 (throw "no") ] == [ 2 (throw "no") ]

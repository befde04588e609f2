# A list met again in the same place (the same variable) is repeated.
let a = [ 1 2 3 ]; b = a; in [ a b a { c = a; } ]

let l = [ 1 ]; in { a = l; b = l; }

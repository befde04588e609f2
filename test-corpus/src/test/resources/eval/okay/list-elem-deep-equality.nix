builtins.elem { a = [ 1 ]; } [ { a = [ 1 ]; } ]

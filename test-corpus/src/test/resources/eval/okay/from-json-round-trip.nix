let v = { a = [ 1 "x" null true { b = 2.5; } ]; }; in builtins.fromJSON (builtins.toJSON v) == v

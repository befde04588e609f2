builtins.genericClosure { startSet = [ { key = 5; } ]; operator = x: if x.key == 1 then [ ] else [ { key = if builtins.bitAnd x.key 1 == 0 then x.key / 2 else 3 * x.key + 1; } ]; }

# builtins.foldl' over a 1,000,000-element list built by genList: one strict accumulator, a lambda call
# per element.
builtins.foldl' (acc: x: acc + x * 2 - 1) 0 (builtins.genList (i: i) 1000000)

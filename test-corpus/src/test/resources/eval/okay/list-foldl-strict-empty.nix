builtins.foldl' (acc: x: acc + x) 10 [ ]

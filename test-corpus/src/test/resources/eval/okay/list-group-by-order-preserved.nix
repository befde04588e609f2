builtins.groupBy (x: if x > 2 then "big" else "small") [ 3 1 4 1 5 ]

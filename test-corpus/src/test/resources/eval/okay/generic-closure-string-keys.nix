map (x: x.key) (builtins.genericClosure { startSet = [ { key = "a"; } ]; operator = x: [ { key = "b"; } { key = "a"; } ]; })

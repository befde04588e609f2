builtins.tryEval (throw "x")

builtins.tryEval (builtins.head [ (throw "inner") ])

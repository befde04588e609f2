builtins.tryEval (abort "uncatchable")

(builtins.tryEval (builtins.warn "old interface" 1)).success

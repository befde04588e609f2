builtins.warn "a warning" 5

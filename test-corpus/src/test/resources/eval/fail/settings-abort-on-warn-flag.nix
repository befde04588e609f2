builtins.warn "old interface" 1

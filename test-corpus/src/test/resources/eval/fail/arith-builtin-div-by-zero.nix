builtins.div 4 0

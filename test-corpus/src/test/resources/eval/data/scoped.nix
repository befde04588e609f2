scopeVar + 1

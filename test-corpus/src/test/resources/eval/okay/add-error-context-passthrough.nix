builtins.addErrorContext "context" 42

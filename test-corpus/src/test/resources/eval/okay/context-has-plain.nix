builtins.hasContext "plain"

builtins.toPath "relative/x"

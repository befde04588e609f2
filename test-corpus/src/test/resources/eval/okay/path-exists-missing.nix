builtins.pathExists ../data/nope

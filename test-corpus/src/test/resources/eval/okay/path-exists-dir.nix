builtins.pathExists ../data/dir

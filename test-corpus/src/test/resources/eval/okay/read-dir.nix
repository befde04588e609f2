builtins.readDir ../data/dir

builtins.filterSource (p: t: true) ./../data/dir == builtins.path { path = ./../data/dir; }

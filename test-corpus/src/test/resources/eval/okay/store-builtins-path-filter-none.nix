builtins.path { path = ./../data/dir; filter = p: t: false; name = "empty"; }

let seen = builtins.path { path = ./../data/dir; filter = p: t: builtins.trace t true; }; in seen

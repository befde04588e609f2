builtins.path { path = ./../data/dir; filter = p: t: baseNameOf p != "hello"; }

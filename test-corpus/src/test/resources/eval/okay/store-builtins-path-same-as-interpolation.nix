builtins.path { path = ./../data/dir; } == "${./../data/dir}"

builtins.path { path = ./../data/hello.txt; recursive = false; }

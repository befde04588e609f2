builtins.path { path = ./../data/hello.txt; foo = 1; }

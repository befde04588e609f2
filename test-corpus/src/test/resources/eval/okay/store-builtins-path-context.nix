builtins.getContext (builtins.path { path = ./../data/hello.txt; })

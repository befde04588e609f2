builtins.path { path = toString ./../data/hello.txt; name = "h"; }

let p = builtins.path { path = ./../data/hello.txt; name = "h"; recursive = false; sha256 = builtins.hashFile "sha256" ./../data/hello.txt; }; in p

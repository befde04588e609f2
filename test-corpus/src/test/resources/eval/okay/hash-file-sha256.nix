builtins.hashFile "sha256" ../data/hello.txt

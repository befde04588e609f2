builtins.toJSON (toString ../data/hello.txt)

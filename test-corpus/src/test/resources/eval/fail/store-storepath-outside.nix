builtins.storePath ./../data/hello.txt

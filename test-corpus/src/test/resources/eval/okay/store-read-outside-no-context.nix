builtins.getContext (builtins.readFile ./../data/hello.txt)

builtins.hasContext (toString ./../data/hello.txt)

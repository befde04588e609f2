builtins.getContext (toString [ "${./../data/hello.txt}" ])

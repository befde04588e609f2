builtins.substring 2 (-1) "hello"

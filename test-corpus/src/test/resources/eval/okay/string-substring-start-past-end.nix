builtins.substring 10 2 "hello"

builtins.substring 3 100 "hello"

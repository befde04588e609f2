builtins.findFile [ { prefix = ""; path = toString ../data; } ] "hello.txt"

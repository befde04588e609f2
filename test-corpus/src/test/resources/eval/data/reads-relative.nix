builtins.readFile ./hello.txt

builtins.split "(a)|(c)" "abc"

builtins.match "(x+)(y?)" "xxx"

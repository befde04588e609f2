builtins.split "([ac])" "abc"

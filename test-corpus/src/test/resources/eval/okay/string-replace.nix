builtins.replaceStrings [ "oo" "a" ] [ "a" "i" ] "foobar"

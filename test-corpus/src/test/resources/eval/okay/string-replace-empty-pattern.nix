builtins.replaceStrings [ "" ] [ "X" ] "ab"

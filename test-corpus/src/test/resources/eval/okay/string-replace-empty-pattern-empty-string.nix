builtins.replaceStrings [ "" ] [ "X" ] ""

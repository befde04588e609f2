builtins.replaceStrings [ "é" ] [ "e" ] "café"

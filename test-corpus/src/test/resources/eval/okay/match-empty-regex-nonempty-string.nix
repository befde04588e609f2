builtins.match "" "a"

builtins.placeholder "lib"

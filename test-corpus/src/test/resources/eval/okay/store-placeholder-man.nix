builtins.placeholder "man"

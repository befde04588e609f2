builtins.stringLength "😀"

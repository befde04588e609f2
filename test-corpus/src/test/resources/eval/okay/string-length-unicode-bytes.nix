builtins.stringLength "é"

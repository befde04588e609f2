builtins.match "[[:space:]]+([[:upper:]]+)[[:space:]]+" "  FOO   "

builtins.match "[[:alnum:]]+([[:punct:]])" "x1!"

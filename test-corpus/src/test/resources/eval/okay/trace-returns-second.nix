builtins.trace "message on stderr" 7

builtins.traceVerbose "not shown" 8

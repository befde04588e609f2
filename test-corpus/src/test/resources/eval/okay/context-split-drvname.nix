builtins.parseDrvName (derivation { name = "hello-1.0"; builder = "/bin/sh"; system = "x86_64-linux"; }).name

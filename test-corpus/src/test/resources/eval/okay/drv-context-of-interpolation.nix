let p = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; }; in builtins.getContext "${p} ${p.dev} ${p.drvPath}"

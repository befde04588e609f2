let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; }; in [ x.dev.outputName x.out.outputName x.outputName (builtins.length x.all) ]

let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; x = builtins.placeholder "out"; outputs = [ "out" "dev" ]; y = builtins.placeholder "dev"; }; in [ x.drvPath x.outPath ]

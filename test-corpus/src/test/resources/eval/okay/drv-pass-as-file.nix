let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; passAsFile = [ "text" ]; text = "hello"; }; in [ x.drvPath x.outPath ]

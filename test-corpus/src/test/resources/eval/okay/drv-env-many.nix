let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; a = "1"; b = "2"; c = "3"; z = "26"; A = "up"; }; in [ x.drvPath x.outPath ]

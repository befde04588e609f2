let x = derivation { name = "hello-2.12.1"; builder = "/bin/sh"; system = "x86_64-linux"; }; in [ x.drvPath x.outPath ]

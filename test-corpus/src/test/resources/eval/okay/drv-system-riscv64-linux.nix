let x = derivation { name = "a"; builder = "/bin/sh"; system = "riscv64-linux"; }; in [ x.drvPath x.outPath ]

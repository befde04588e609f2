let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; outputHash = "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d"; outputHashAlgo = "sha1"; }; in [ x.drvPath x.outPath ]

let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; e = "quote\" backslash\\ newline\n cr\r tab\t"; }; in [ x.drvPath x.outPath ]

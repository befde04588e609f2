let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; args = [ "a\"b" "c\\d" "e\nf" "\t" ]; }; in [ x.drvPath x.outPath ]

builtins.readFile (derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; args = [ "a\"b" "c\\d" "e\nf" "\t" ]; }).drvPath

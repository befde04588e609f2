builtins.readFile (derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; e = "quote\" backslash\\ newline\n cr\r tab\t"; }).drvPath

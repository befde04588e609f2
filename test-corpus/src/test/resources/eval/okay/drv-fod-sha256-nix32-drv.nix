builtins.readFile (derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; outputHash = "094qif9n4cq4fdg459qzbhg1c6wywawwaaivx0k0x8xhbyx4vwic"; outputHashAlgo = "sha256"; }).drvPath

builtins.convertHash { hash = "094qif9n4cq4fdg459qzbhg1c6wywawwaaivx0k0x8xhbyx4vwic"; hashAlgo = "sha256"; toHashFormat = "base16"; }

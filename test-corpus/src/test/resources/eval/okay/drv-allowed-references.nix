let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; allowedReferences = [ ]; allowedRequisites = [ ]; disallowedReferences = [ ]; }; in [ x.drvPath x.outPath ]

let x = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; }; in builtins.getContext (builtins.unsafeDiscardOutputDependency "${x} ${x.drvPath}")

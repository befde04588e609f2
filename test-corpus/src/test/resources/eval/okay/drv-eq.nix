derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; } == derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; }

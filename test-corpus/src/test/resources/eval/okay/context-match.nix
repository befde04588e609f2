builtins.match "/nix/store/([a-z0-9]+)-a" (builtins.unsafeDiscardStringContext (derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; }).outPath)

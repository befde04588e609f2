let base = { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; }; in (derivation (base // { v = "2"; })).outPath

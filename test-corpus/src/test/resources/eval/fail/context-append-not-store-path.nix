builtins.appendContext "x" { "/tmp/foo" = { path = true; }; }

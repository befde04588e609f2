builtins.toJSON { outPath = "/p"; }

builtins.toJSON { a = throw "inside json"; }

builtins.hasAttr "a" { a = null; }

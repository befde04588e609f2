[ (builtins.typeOf ./foo) (builtins.typeOf ../foo) (builtins.typeOf .foo/bar) ]

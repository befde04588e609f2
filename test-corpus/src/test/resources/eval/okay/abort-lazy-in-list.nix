builtins.length [ (abort "x") ]

(x: with { x = "with"; }; x) "arg"

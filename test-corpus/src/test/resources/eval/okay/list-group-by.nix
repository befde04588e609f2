builtins.groupBy (s: builtins.substring 0 1 s) [ "foo" "bar" "baz" ]

builtins.zipAttrsWith (name: values: name) [ { x = 1; } { y = 2; } ]

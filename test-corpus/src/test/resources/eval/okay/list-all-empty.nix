builtins.all (x: false) [ ]

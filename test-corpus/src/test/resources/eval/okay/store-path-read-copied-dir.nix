builtins.readDir "${./../data/dir}"

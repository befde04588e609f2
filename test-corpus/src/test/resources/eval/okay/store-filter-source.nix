builtins.filterSource (p: t: true) ./../data/dir

builtins.readFileType ../data/dir

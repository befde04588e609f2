builtins.fetchurl "file://${toString ../data/fetch/hello.txt}"

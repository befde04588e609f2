builtins.getContext (builtins.fetchurl "file://${toString ../data/fetch/hello.txt}")

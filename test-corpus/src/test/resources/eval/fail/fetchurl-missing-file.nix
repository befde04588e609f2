builtins.fetchurl "file://${toString ../data/fetch}/no-such-file"

import ../data/mul.nix 6 7

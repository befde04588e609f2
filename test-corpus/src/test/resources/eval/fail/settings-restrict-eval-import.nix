import ../data/mul.nix

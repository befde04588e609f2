import ../data/set.nix

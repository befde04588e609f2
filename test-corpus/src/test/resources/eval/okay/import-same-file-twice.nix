(import ../data/set.nix) == (import ../data/set.nix)

import ../data/throws.nix

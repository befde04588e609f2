import ../data/reads-relative.nix

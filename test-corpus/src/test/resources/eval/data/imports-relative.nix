import ./set.nix

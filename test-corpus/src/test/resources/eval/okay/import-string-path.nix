(import "${toString ../data/set.nix}").x

let x = import ../data/nope.nix; in 1

(import ../data/curpos.nix).pos

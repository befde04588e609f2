(import ../data/imports-relative.nix).y

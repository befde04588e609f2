# environment.defaultPackages' default: perl, rsync and strace (Debian's).
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
map (p: p.pname) (n.config [ ]).environment.defaultPackages

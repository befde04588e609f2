# system.nixos.label puts the tags, sorted, before the version.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ { system.nixos.tags = [ "zfs" "custom" ]; } ]).system.nixos.label

# A mount point does not end in a slash.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ { fileSystems."/data/" .device = "/dev/sdb1"; } ]).fileSystems

# The base profile: supported file systems and the ZFS host id.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ (n.modulesPath + "/profiles/base.nix") ]; in { fs = c.boot.supportedFilesystems; hostId = c.networking.hostId; }

# system.nixos.release is read-only.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ { system.nixos.release = "1.0"; } ]).system.nixos.release

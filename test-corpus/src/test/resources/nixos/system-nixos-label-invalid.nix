# A label with a space does not match system.nixos.label's pattern.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ { system.nixos.label = "my label"; } ]).system.nixos.label

# nix.settings' defaults.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let s = (n.config [ ]).nix.settings; in { inherit (s) trusted-users experimental-features substituters trusted-public-keys auto-optimise-store; }

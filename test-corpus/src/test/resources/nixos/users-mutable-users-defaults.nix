# users.* defaults.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let u = (n.config [ ]).users; in { inherit (u) mutableUsers enforceIdUniqueness allowNoPasswordLogin defaultUserHome; }

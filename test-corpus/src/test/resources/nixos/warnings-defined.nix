# warnings collects the definitions of every module.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ { warnings = [ "first" ]; } { warnings = [ "second" ]; } ]).warnings

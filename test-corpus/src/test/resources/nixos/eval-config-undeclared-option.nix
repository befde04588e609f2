# A definition of an option NixOS does not declare.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ { services.nosuchservice.enable = true; } ]).networking.hostName

# lib.nixosSystem without `system` or nixpkgs.hostPlatform.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.lib.nixosSystem { modules = [ ]; }).pkgs.stdenv.hostPlatform.system

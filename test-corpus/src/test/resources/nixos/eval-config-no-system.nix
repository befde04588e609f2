# Without `system` and nixpkgs.hostPlatform there is no platform.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.evalConfig { system = null; modules = [ ]; }).pkgs.stdenv.hostPlatform.system

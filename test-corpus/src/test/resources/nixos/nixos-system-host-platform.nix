# lib.nixosSystem without `system`: the platform comes from nixpkgs.hostPlatform.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.lib.nixosSystem { modules = [ { nixpkgs.hostPlatform = "aarch64-linux"; } ]; }).pkgs.stdenv.hostPlatform.system

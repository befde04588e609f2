# A configuration without file systems or boot loader fails NixOS's assertions.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ ]).system.build.toplevel

# boot.kernelPackages is read only when needed, and then needs the package.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ ({ pkgs, ... }: { boot.kernelPackages = pkgs.linuxPackages_latest; }) ]).boot.kernelPackages.kernel

# The extra drivers' broadcom_sta: Debian's kernel has no such out-of-tree module package.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ ./data/manual-extra-drivers.nix ]).boot.extraModulePackages

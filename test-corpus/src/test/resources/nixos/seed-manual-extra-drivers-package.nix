# The extra drivers' broadcom_sta needs the kernel package set.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ ./data/manual-extra-drivers.nix ]).boot.extraModulePackages

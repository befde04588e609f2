# The manual's extra drivers (seed 000): modules added to the installer's.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let b = (n.config [ ./data/manual-extra-drivers.nix ]).boot; in
{ kernelModules = b.kernelModules; initrd = b.initrd.kernelModules; }

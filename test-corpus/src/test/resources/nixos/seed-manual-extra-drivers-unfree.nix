# The extra drivers' broadcom_sta is unfree: without nixpkgs.config.allowUnfree, using it is nixpkgs' refusal.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(builtins.head (n.config [ ./data/manual-extra-drivers.nix ]).boot.extraModulePackages).outPath

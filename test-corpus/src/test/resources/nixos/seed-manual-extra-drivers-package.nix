# The extra drivers' broadcom_sta (seed 000): the kernel's module package as nixpkgs names and describes it.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let p = builtins.head (n.config [ ./data/manual-extra-drivers.nix ]).boot.extraModulePackages; in
{ inherit (p) name pname type; license = p.meta.license.shortName; free = p.meta.license.free; getName = n.lib.getName p; }

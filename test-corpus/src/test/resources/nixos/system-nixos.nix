# system.nixos.*: the release, its name, version, label and variant.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let s = (n.config [ ]).system.nixos; in
{ inherit (s) release codeName version versionSuffix label tags variant_id distroName distroId; }

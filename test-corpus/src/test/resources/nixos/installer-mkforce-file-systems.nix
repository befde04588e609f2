# mkForce on fileSystems beats the installer's mkImageMediaOverride.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
builtins.attrNames (n.config [ n.installerMinimal { fileSystems = mkForce { "/".device = "/dev/sda1"; "/data".device = "/dev/sdb1"; }; } ]).fileSystems

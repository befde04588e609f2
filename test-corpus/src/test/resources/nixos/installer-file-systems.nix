# The live system's file systems.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let f = (n.config [ n.installerMinimal ]).fileSystems; in builtins.mapAttrs (_: fs: { inherit (fs) fsType device neededForBoot noCheck depends; }) f

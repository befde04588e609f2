# The ISO's store path: nixj says it cannot build it yet.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.installerMinimal ]).system.build.isoImage.drvPath

# The ISO image is a derivation of nixj's builders; without Debian's packages in the set, its first missing one is named.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.installerMinimal ]).system.build.isoImage.drvPath

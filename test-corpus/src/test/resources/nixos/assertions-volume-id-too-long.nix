# isoImage.volumeID is at most 32 characters.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.installerMinimal { isoImage.edition = mkForce "with-a-very-long-edition"; } ]).system.build.isoImage.drvPath

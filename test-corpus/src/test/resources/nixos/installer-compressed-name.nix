# A compressed image's file name.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.installerMinimal { isoImage.compressImage = true; } ]).image.filePath

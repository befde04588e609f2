# image.* of the minimal installer.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let i = (n.config [ n.installerMinimal ]).image; in { inherit (i) baseName extension fileName filePath; }

# isoImage.isoName was renamed to image.fileName.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ n.installerMinimal { isoImage.isoName = "custom.iso"; } ]; in { inherit (c.image) fileName filePath; warnings = map (w: builtins.head (builtins.split " defined in " w)) c.warnings; }

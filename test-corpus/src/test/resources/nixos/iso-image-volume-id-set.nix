# A volume id set by the configuration replaces the computed one.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.installerMinimal { isoImage.volumeID = "RESCUE"; } ]).boot.kernelParams

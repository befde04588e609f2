# The minimal installer's volume id: edition, release and CPU.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.installerMinimal ]).isoImage.volumeID

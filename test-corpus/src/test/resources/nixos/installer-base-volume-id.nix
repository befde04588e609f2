# installation-cd-base.nix alone has no edition.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ n.installerBase ]; in { vol = c.isoImage.volumeID; base = c.image.baseName; }

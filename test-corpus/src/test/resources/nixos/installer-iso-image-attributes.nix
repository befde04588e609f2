# system.build.isoImage and system.build.image, without building.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let b = (n.config [ n.installerMinimal ]).system.build; in { inherit (b.isoImage) type name; same = b.image.name == b.isoImage.name; }

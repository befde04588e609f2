# The manual's nix-build -A config.system.build.isoImage -I nixos-config=installation-cd-minimal.nix default.nix (seed 000), evaluated.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let s = import (nixpkgs + "/nixos") { configuration = n.installerMinimal; system = "x86_64-linux"; }; in
{ file = s.config.image.filePath; vol = s.config.isoImage.volumeID; isoName = s.config.system.build.isoImage.name; }

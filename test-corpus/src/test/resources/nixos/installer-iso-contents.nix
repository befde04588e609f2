# isoImage.contents and storeContents: their targets evaluate without building.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let i = (n.config [ n.installerMinimal { isoImage.contents = [ { source = ./data/nixos.nix; target = "/extra/nixos.nix"; } ]; } ]).isoImage; in
{ targets = map (c: c.target) i.contents; store = builtins.length i.storeContents; }

# The minimal installer's isoImage options.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let i = (n.config [ n.installerMinimal ]).isoImage; in {
  inherit (i) edition makeEfiBootable makeUsbBootable makeBiosBootable squashfsCompression compressImage
    appendToMenuLabel prependToMenuLabel configurationName showConfiguration forceTextMode includeSystemBuildDependencies;
}

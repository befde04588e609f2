# The minimal installer for aarch64: volume id, names, no BIOS boot.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = (n.lib.nixosSystem { system = "aarch64-linux"; modules = [ n.installerMinimal ]; }).config; in
{ vol = c.isoImage.volumeID; bios = c.isoImage.makeBiosBootable; name = c.image.fileName; }

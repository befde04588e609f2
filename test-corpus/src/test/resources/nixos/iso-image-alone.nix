# iso-image.nix alone: its defaults, and the menu labels.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ n.isoImage ]; in { vol = c.isoImage.volumeID; efi = c.isoImage.makeEfiBootable; usb = c.isoImage.makeUsbBootable; timeout = c.boot.loader.timeout; grub = c.boot.loader.grub.enable; }

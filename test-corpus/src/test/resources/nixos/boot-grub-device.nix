# boot.loader.grub.device is one of boot.loader.grub.devices.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let g = (n.config [ { boot.loader.grub.device = "/dev/vda"; boot.loader.grub.efiSupport = true; } ]).boot.loader.grub; in { inherit (g) devices efiSupport; mirrored = map (m: m.path) g.mirroredBoots; }

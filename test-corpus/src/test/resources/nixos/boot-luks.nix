# boot.initrd.luks.devices.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ { boot.initrd.luks.devices.cryptroot = { device = "/dev/disk/by-uuid/1234"; allowDiscards = true; }; } ]).boot.initrd.luks.devices

# GRUB without a device to install on.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ { fileSystems."/".device = "/dev/sda1"; } ]).system.build.toplevel

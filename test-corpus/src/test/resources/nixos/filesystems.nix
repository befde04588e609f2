# fileSystems: the mount point from the name, the device from a label or a special type, options.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ {
  fileSystems."/" = { device = "/dev/disk/by-uuid/abcd"; fsType = "ext4"; };
  fileSystems."/boot" = { label = "BOOT"; fsType = "vfat"; options = [ "umask=0077" ]; };
  fileSystems."/tmp" = { fsType = "tmpfs"; };
  fileSystems."/data" = { device = "/dev/sdb1"; neededForBoot = true; };
} ]).fileSystems

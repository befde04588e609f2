# The headless and qemu-guest profiles.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let b = (n.config [ (n.modulesPath + "/profiles/headless.nix") (n.modulesPath + "/profiles/qemu-guest.nix") ]); in
{ params = b.boot.kernelParams; initrd = b.boot.initrd.kernelModules; virtio = builtins.elem "virtio_blk" b.boot.initrd.availableKernelModules; emergency = b.systemd.enableEmergencyMode; getty = b.systemd.services."getty@tty1".enable; }

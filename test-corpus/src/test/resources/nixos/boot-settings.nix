# Kernel parameters and modules add to NixOS's own.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let b = (n.config [ {
  boot.kernelParams = [ "quiet" ];
  boot.kernelModules = [ "kvm-intel" ];
  boot.initrd.kernelModules = [ "wl" ];
  boot.blacklistedKernelModules = [ "nouveau" ];
  boot.loader.systemd-boot.enable = true;
  boot.loader.efi.canTouchEfiVariables = true;
  boot.loader.grub.enable = false;
  boot.loader.timeout = 3;
} ]).boot; in { inherit (b) kernelParams kernelModules blacklistedKernelModules; initrd = b.initrd.kernelModules; timeout = b.loader.timeout; sd = b.loader.systemd-boot.enable; }

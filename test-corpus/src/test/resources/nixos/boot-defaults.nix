# boot.*'s defaults.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let b = (n.config [ ]).boot; in {
  inherit (b) kernelParams kernelModules blacklistedKernelModules extraModulePackages supportedFilesystems postBootCommands consoleLogLevel;
  initrd = { inherit (b.initrd) kernelModules supportedFilesystems; luks = b.initrd.luks.devices; availableHasNvme = builtins.elem "nvme" b.initrd.availableKernelModules; };
  loader = { inherit (b.loader) timeout; grub = { inherit (b.loader.grub) enable device devices efiSupport; memtest86 = b.loader.grub.memtest86.enable; }; systemdBoot = b.loader.systemd-boot.enable; efi = b.loader.efi.canTouchEfiVariables; };
}

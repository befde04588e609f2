# The all-hardware profile.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ (n.modulesPath + "/profiles/all-hardware.nix") ]; in { all = c.hardware.enableAllHardware; firmware = c.hardware.enableRedistributableFirmware; usbhid = builtins.elem "usbhid" c.boot.initrd.availableKernelModules; }

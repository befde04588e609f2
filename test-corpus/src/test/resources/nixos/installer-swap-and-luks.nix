# The installer empties swapDevices and the LUKS devices.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ n.installerMinimal { swapDevices = [ { device = "/dev/sda2"; } ]; boot.initrd.luks.devices.root.device = "/dev/sda3"; } ]; in { swap = c.swapDevices; luks = c.boot.initrd.luks.devices; }

# The installer's kernel parameters and initrd modules.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let b = (n.config [ n.installerMinimal ]).boot; in {
  params = b.kernelParams;
  initrd = b.initrd.kernelModules;
  available = builtins.filter (m: builtins.elem m [ "squashfs" "iso9660" "uas" "overlay" ]) b.initrd.availableKernelModules;
  initrdFs = b.initrd.supportedFilesystems;
}

# The squashfs store's options depend on the kernel's version (Debian's kernel).
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.installerMinimal ]).fileSystems."/nix/.ro-store".options

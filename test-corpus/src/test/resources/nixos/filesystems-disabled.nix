# A file system with enable = false is left out.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
builtins.attrNames (n.config [ { fileSystems."/a".device = "/dev/sda1"; fileSystems."/b" = { device = "/dev/sda2"; enable = false; }; } ]).fileSystems

# installation-cd-minimal-new-kernel.nix: the latest kernel is needed only when read.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ (n.modulesPath + "/installer/cd-dvd/installation-cd-minimal-new-kernel.nix") ]; in
{ vol = c.isoImage.volumeID; kernel = (builtins.tryEval c.boot.kernelPackages).success; }

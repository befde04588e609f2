# The GNOME installer profile is not there yet (seed 002).
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.lib.nixosSystem {
  system = "x86_64-linux";
  modules = [ ./data/blog-configuration.nix "${n.flake}/nixos/modules/installer/cd-dvd/installation-cd-graphical-gnome.nix" ];
}).config.isoImage.volumeID

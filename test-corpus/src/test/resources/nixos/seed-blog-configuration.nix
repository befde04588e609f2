# The blog's configuration.nix with installation-cd-base.nix (seed 002).
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = (n.lib.nixosSystem {
  system = "x86_64-linux";
  modules = [ ./data/blog-configuration.nix "${n.flake}/nixos/modules/installer/cd-dvd/installation-cd-base.nix" ];
}).config; in { extra = c.nix.extraOptions; fish = c.programs.fish.enable; vol = c.isoImage.volumeID; file = c.image.fileName; }

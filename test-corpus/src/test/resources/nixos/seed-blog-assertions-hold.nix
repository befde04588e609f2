# The blog's ISO configuration (seed 002) meets NixOS's assertions (the shell check needs packages and is not made yet).
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.lib.nixosSystem {
  system = "x86_64-linux";
  modules = [ ./data/blog-configuration.nix "${n.flake}/nixos/modules/installer/cd-dvd/installation-cd-base.nix" ];
}).config.system.build.toplevel.name
